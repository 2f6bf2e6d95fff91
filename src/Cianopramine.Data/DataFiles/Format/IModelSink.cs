using System;
using Cianopramine.Data.Model;

namespace Cianopramine.Data.DataFiles;

/// <summary>
/// Where <see cref="ModelFormat"/> writes a dataset's items, property by property in the data-file order. Each sink
/// turns the calls into one form: the canonical text behind the content hash (<see cref="CanonicalSink"/>), the JSON
/// of an exported data file, or the compact stream the source generator compiles in. A name is <see langword="null"/>
/// for an array element. What a sink leaves out (an absent optional value, an empty optional list) the compact form
/// marks with a presence flag, so every sink sees the same calls for the same data.
/// </summary>
internal interface IModelSink
{
    /// <summary>Whether the items of each section are written sorted by id (the canonical form) instead of in dataset order.</summary>
    bool SortsItemsById { get; }

    /// <summary>Starts an object (the root when <paramref name="name"/> is null at depth 0).</summary>
    void BeginObject(string? name);

    /// <summary>Starts an optional object, or marks its absence; returns whether it is present.</summary>
    bool BeginOptionalObject(string name, bool present);

    void EndObject();

    /// <summary>Starts an array of <paramref name="count"/> items; returns false when the sink leaves an empty optional array out.</summary>
    bool BeginArray(string name, int count, bool required);

    void EndArray();

    void String(string? name, string value);

    void OptionalString(string name, string? value);

    void OptionalInteger(string name, long? value);

    void Decimal(string name, decimal value);

    void OptionalDouble(string name, double? value);

    /// <summary>A decimal that may be absent (written only when present).</summary>
    void OptionalDecimal(string name, decimal? value);

    /// <summary>A flag written only when true (<c>"primary": true</c>).</summary>
    void Flag(string name, bool value);

    /// <summary>A yes/no that may be unknown (<c>productActive</c>).</summary>
    void OptionalBool(string name, bool? value);

    /// <summary>An enumeration value: its word in JSON, its ordinal in the compact form.</summary>
    void Word<TEnum>(string? name, TEnum value)
        where TEnum : struct, Enum;

    void OptionalWord<TEnum>(string name, TEnum? value)
        where TEnum : struct, Enum;

    /// <summary>A link to another item by its id (its index in the compact form).</summary>
    void Link(string? name, LinkKind kind, string id);

    void OptionalLink(string name, LinkKind kind, string? id);

    /// <summary>
    /// What is known of a transformation's enzymes: in JSON the word <c>not-reported</c> or <c>none</c>, or the list
    /// of names when <paramref name="evidence"/> is <see cref="EnzymeEvidence.Reported"/>.
    /// </summary>
    void Enzymes(string name, EnzymeEvidence evidence, ValueArray<string> names);

    /// <summary>The ids of the references an item cites (one shared list in the compact form).</summary>
    void References(string name, ValueArray<Reference> references, bool required);
}

/// <summary>The kinds of item a <see cref="IModelSink.Link"/> points to.</summary>
internal enum LinkKind
{
    Compound,
    Target,
    Assay,
}
