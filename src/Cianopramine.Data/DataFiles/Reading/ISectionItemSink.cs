namespace Cianopramine.Data.DataFiles;

/// <summary>
/// Reads the items of the root object's sections (<c>compounds[]</c>, <c>results[]</c> …) while
/// <see cref="JsonTreeBuilder"/> builds them, so that a file is read in one pass: each item is built into the tree,
/// handed over, and dropped before the next. A section the sink does not stream is deferred and built later instead.
/// </summary>
internal interface ISectionItemSink
{
    /// <summary>Whether the items of the root property <paramref name="section"/>, an array, are to be handed over.</summary>
    /// <param name="section">The property name (not a repeat of an earlier property).</param>
    /// <returns>Whether the sink reads that section and has not read it yet.</returns>
    bool Streams(string section);

    /// <summary>The builder starts handing over the items of <paramref name="section"/>.</summary>
    /// <param name="section">A property that <see cref="Streams"/> accepted.</param>
    void Begin(string section);

    /// <summary>Reads one item, valid only during the call (its entries are reused for the next item).</summary>
    /// <param name="section">The section.</param>
    /// <param name="item">The item, built.</param>
    /// <param name="index">Its index in the section's array.</param>
    void Item(string section, JsonTreeNode item, int index);
}
