using System.Collections.Generic;

namespace Cianopramine.Data.DataFiles;

/// <summary>
/// Observes what the reader reads: each object it opens and each property an accessor reads, with its JSON kind and
/// whether it is required. The JSON Schema (docs/schema/dataset.schema.json) is generated from these observations, so
/// the schema and the reader cannot disagree. <see cref="ReadContext.Recorder"/> is <see langword="null"/> in normal use;
/// the reader then pays one null check per accessor call.
/// </summary>
internal interface IReadRecorder
{
    /// <summary>An object was opened with its known property names.</summary>
    /// <param name="reader">The object's reader; its <see cref="ObjectReader.Path"/> says where the object is.</param>
    /// <param name="known">The property names the object may have (the reader's own array, one per object shape).</param>
    /// <param name="topLevel">Whether <c>$schema</c> is allowed too.</param>
    void Opened(ObjectReader reader, string[] known, bool topLevel);

    /// <summary>A property was looked up, required or not (every accessor does this once).</summary>
    /// <param name="reader">The object.</param>
    /// <param name="name">The property.</param>
    /// <param name="required">Whether its absence is CPD0002.</param>
    void Read(ObjectReader reader, string name, bool required);

    /// <summary>A property's value was read as <paramref name="shape"/>.</summary>
    /// <param name="reader">The object.</param>
    /// <param name="name">The property.</param>
    /// <param name="shape">What the accessor accepts.</param>
    void Read(ObjectReader reader, string name, ReadShape shape);

    /// <summary>An array property was required to have at least one item.</summary>
    /// <param name="reader">The object.</param>
    /// <param name="name">The property.</param>
    void NonEmpty(ObjectReader reader, string name);

    /// <summary>
    /// The object is the variant of its place that <paramref name="name"/> = <paramref name="word"/> selects, one of
    /// <paramref name="words"/> (the three value shapes, told apart by <c>type</c>).
    /// </summary>
    /// <param name="reader">The object.</param>
    /// <param name="name">The property that selects the variant.</param>
    /// <param name="words">Every word that selects a variant.</param>
    /// <param name="word">The word that selected this one.</param>
    void Variant(ObjectReader reader, string name, IReadOnlyList<string> words, string word);
}
