using System;
using System.Collections.Generic;
using System.Globalization;
using Cianopramine.Data.Model;
using Cianopramine.Data.Units;
using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.DataFiles;

/// <summary>
/// Typed, checked access to the properties of one JSON object of a data file. Opening it reports unknown (CPD0004)
/// and repeated (CPD0025) properties; each accessor reports a missing required property (CPD0002), a wrong JSON type
/// (CPD0003), an unknown enumeration word (CPD0005), unit (CPD0006) or relation (CPD0016), a number out of range
/// (CPD0010) or an empty string (CPD0024), and returns <see langword="null"/> or an empty array when the value is
/// unusable. JSON <c>null</c> is the same as an absent property.
/// </summary>
/// <remarks>
/// A struct of 40 bytes, one per object read (about four per item of a real file). An object inside a section item
/// keeps the item's location and its own span, so that neither it nor its values need a location object until a
/// message asks for one.
/// </remarks>
internal readonly partial struct ObjectReader
{
    private readonly ReadContext _context;

    // The location of the section item (or the top-level object) this object lies in: this object's own when
    // _isItem, else the anchor its location and its values' locations are found inside.
    private readonly SourceLocation _item;
    private readonly bool _isItem;

    private ObjectReader(ReadContext context, JsonTreeNode node, SourceLocation item, bool isItem)
    {
        _context = context;
        Node = node;
        _item = item;
        _isItem = isItem;
    }

    public JsonTreeNode Node { get; }

    /// <summary>The JSON path of the object (built when first asked for: messages need it, reading does not).</summary>
    public string Path => Location.JsonPath;

    /// <summary>The span of the whole object (for an object inside an item, a new location each call: for messages).</summary>
    public SourceLocation Location => Where.Resolve();

    /// <summary>The span of the whole object, kept without a location object for an object inside an item.</summary>
    public ValueLocation Where => _isItem ? new ValueLocation(_item) : new ValueLocation(_item, Node.Start, Node.End);

    /// <summary>The object's first character, its opening brace (where a rule about a property it lacks reports).</summary>
    public ValueLocation FirstCharacter => new(_item, Node.Start, Node.Start + 1);

    public ReadContext Context => _context;

    /// <summary>
    /// Opens an item of the file (the top-level object, the manifest, an item of a section): checks that
    /// <paramref name="node"/> is an object (CPD0003) and that it has only <paramref name="known"/> properties (plus
    /// <c>$comment…</c>, and <c>$schema</c> when <paramref name="topLevel"/>).
    /// </summary>
    /// <returns>The reader, or <see langword="null"/> when the value is not an object.</returns>
    public static ObjectReader? Open(ReadContext context, JsonTreeNode node, string path, string what, string[] known, bool topLevel = false) =>
        Open(context, node, context.Locate(node, path), isItem: true, what, known, topLevel);

    /// <summary>Opens an item at a place in the tree (its path is built only if a message needs it).</summary>
    /// <returns>The reader, or <see langword="null"/> when the value is not an object.</returns>
    public static ObjectReader? Open(ReadContext context, JsonTreeNode node, JsonPlace place, string what, string[] known) =>
        Open(context, node, context.Locate(node, place), isItem: true, what, known, topLevel: false);

    /// <summary>Opens an object that lies inside this one (a property's value or an item of an array property).</summary>
    /// <returns>The reader, or <see langword="null"/> when the value is not an object.</returns>
    public ObjectReader? OpenInside(JsonTreeNode node, string what, string[] known) =>
        Open(_context, node, _item, isItem: false, what, known, topLevel: false);

    private static ObjectReader? Open(ReadContext context, JsonTreeNode node, SourceLocation item, bool isItem, string what, string[] known, bool topLevel)
    {
        var reader = new ObjectReader(context, node, item, isItem);
        if (node.Kind != JsonTreeKind.Object)
        {
            context.ReportBreaking(DiagnosticCatalogue.WrongType, reader.Where, what, "an object", node.Describe());
            return null;
        }

        foreach (var (property, isDuplicate) in node.AllProperties)
        {
            if (isDuplicate)
            {
                context.Report(
                    DiagnosticCatalogue.DuplicateProperty,
                    context.LocateName(property, reader.Place(property.Name)),
                    property.Name,
                    reader.Path);
            }
            else if (Array.IndexOf(known, property.Name) < 0 &&
                     !property.Name.StartsWith("$comment", StringComparison.Ordinal) &&
                     !(topLevel && property.Name == "$schema"))
            {
                context.Report(
                    DiagnosticCatalogue.UnknownProperty,
                    context.LocateName(property, reader.Place(property.Name)),
                    property.Name,
                    reader.Path);
            }
        }

        context.Recorder?.Opened(reader, known, topLevel);
        return reader;
    }

    /// <summary>The value of a property, or <see langword="null"/> when it is absent or JSON <c>null</c>.</summary>
    public JsonTreeNode? Get(string name) =>
        Node.Find(name) is { } property && property.Value.Kind != JsonTreeKind.Null ? property.Value : null;

    public string ChildPath(string name) => ReadContext.Child(Path, name);

    /// <summary>The place of a property of this object.</summary>
    public JsonPlace Place(string name) => new(Where, name);

    /// <summary>The location of a property's value (its path built only when asked for).</summary>
    public SourceLocation LocateValue(JsonTreeNode value, string name) => _context.Locate(value, Place(name));

    /// <summary>Where a property's value is, kept as a span inside this object (a location is made only for a message).</summary>
    public ValueLocation At(JsonTreeNode value) => new(_item, value.Start, value.End);

    /// <summary>Gets a property, reporting CPD0002 when a required one is absent.</summary>
    public JsonTreeNode? Get(string name, bool required)
    {
        _context.Recorder?.Read(this, name, required);
        var value = Get(name);
        if (value is null && required)
        {
            _context.ReportBreaking(DiagnosticCatalogue.MissingProperty, FirstCharacter, name, Path);
        }

        return value;
    }

    /// <summary>Gets a property of the given JSON kind, reporting CPD0002 or CPD0003.</summary>
    public JsonTreeNode? Get(string name, bool required, JsonTreeKind kind, string expected)
    {
        if (Get(name, required) is not { } value)
        {
            return null;
        }

        if (value.Kind != kind && !(kind == JsonTreeKind.True && value.Kind == JsonTreeKind.False))
        {
            _context.ReportBreaking(DiagnosticCatalogue.WrongType, LocateValue(value, name), name, expected, value.Describe());
            return null;
        }

        return value;
    }

    /// <summary>A string property; empty or whitespace text is reported (CPD0024) but kept.</summary>
    public Located<string>? String(string name, bool required = false) =>
        StringNode(name, required) is { } value ? new Located<string>(value.Text, At(value)) : null;

    /// <summary>
    /// A string property that entities are looked up and shown by (a name, synonym, symbol or gene): a string whose
    /// Unicode is checked by <see cref="NameRules"/> (CPD0048, reported at the string, the text kept).
    /// </summary>
    public Located<string>? Name(string name, bool required = false)
    {
        var text = String(name, required);
        if (text is { } t && NameRules.Problem(t.Value) is { } problem)
        {
            _context.Report(DiagnosticCatalogue.UnsafeName, t.Location, name, NameRules.Quote(t.Value), problem);
        }

        return text;
    }

    /// <summary>The text of a <see cref="Name"/> property, checked the same way; its location is made only for a report.</summary>
    public string? NameText(string name, bool required = false)
    {
        if (StringNode(name, required) is not { } value)
        {
            return null;
        }

        if (NameRules.Problem(value.Text) is { } problem)
        {
            _context.Report(DiagnosticCatalogue.UnsafeName, LocateValue(value, name), name, NameRules.Quote(value.Text), problem);
        }

        return value.Text;
    }

    /// <summary>The text of a string property (its location is made only for a report).</summary>
    public string? Text(string name, bool required = false) => StringNode(name, required)?.Text;

    /// <summary>A required string, or the empty string after a reported error.</summary>
    public string RequiredText(string name) => StringNode(name, required: true)?.Text ?? string.Empty;

    /// <summary>A string property's value; empty or whitespace text is reported (CPD0024) but kept.</summary>
    private JsonTreeNode? StringNode(string name, bool required)
    {
        _context.Recorder?.Read(this, name, ReadShape.Text);
        if (Get(name, required, JsonTreeKind.String, "a string") is not { } value)
        {
            return null;
        }

        if (IsBlank(value.Text))
        {
            _context.Report(DiagnosticCatalogue.EmptyText, LocateValue(value, name), name);
        }

        return value;
    }

    /// <summary>An id or id reference (its format is the validator's concern: CPD0018).</summary>
    public Located<string>? Id(string name, bool required = true)
    {
        _context.Recorder?.Read(this, name, ReadShape.Id);
        return Get(name, required, JsonTreeKind.String, "a string") is { } value
            ? new Located<string>(value.Text, At(value))
            : null;
    }

    /// <summary>An enumeration word; an unknown one is CPD0005 (its location is made only for that report).</summary>
    public TEnum? Enum<TEnum>(string name, EnumWordTable<TEnum> table, bool required = false)
        where TEnum : struct, Enum
    {
        _context.Recorder?.Read(this, name, ReadShape.WordsOf(table));
        return Get(name, required, JsonTreeKind.String, table.ExpectedType) is { } value
            ? ParseWord(value, Place(name), table)
            : null;
    }

    /// <summary>A relation symbol; an unknown one is CPD0016.</summary>
    public Located<Relation>? Relation(string name)
    {
        _context.Recorder?.Read(this, name, ReadShape.WordsOf(EnumWords.Relation));
        if (Get(name, false, JsonTreeKind.String, "a string (relation)") is not { } value)
        {
            return null;
        }

        if (EnumWords.Relation.TryParse(value.Text, out var relation))
        {
            return new Located<Relation>(relation, At(value));
        }

        _context.ReportBreaking(
            DiagnosticCatalogue.RelationNotAllowed,
            LocateValue(value, name),
            value.Text,
            "it is not a relation; expected one of " + EnumWords.Relation.Expected + ", \u2264, \u2265");
        return null;
    }

    /// <summary>A unit symbol; an unknown one is CPD0006.</summary>
    public Located<Unit>? Unit(string name, bool required = true)
    {
        _context.Recorder?.Read(this, name, ReadShape.WordsOf(EnumWords.Unit));
        if (Get(name, required, JsonTreeKind.String, "a string (unit)") is not { } value)
        {
            return null;
        }

        if (EnumWords.Unit.TryParse(value.Text, out var unit))
        {
            return new Located<Unit>(unit, At(value));
        }

        _context.ReportBreaking(DiagnosticCatalogue.UnknownUnit, LocateValue(value, name), value.Text, EnumWords.Unit.Expected);
        return null;
    }

    /// <summary>A number read as an exact decimal; out of range (or rounded to zero) is CPD0010.</summary>
    public Located<decimal>? Decimal(string name, bool required = true)
    {
        _context.Recorder?.Read(this, name, ReadShape.Number);
        if (Get(name, required, JsonTreeKind.Number, "a number") is not { } value)
        {
            return null;
        }

        if (decimal.TryParse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) &&
            (number != 0m || !HasNonZeroMantissa(value.Text)))
        {
            return new Located<decimal>(number, At(value));
        }

        _context.ReportBreaking(DiagnosticCatalogue.NumberOutOfRange, LocateValue(value, name), value.Text, "a decimal number");
        return null;
    }

    /// <summary>A number read as a double; a value that is not finite is CPD0010.</summary>
    public Located<double>? Double(string name, bool required = false)
    {
        _context.Recorder?.Read(this, name, ReadShape.Number);
        if (Get(name, required, JsonTreeKind.Number, "a number") is not { } value)
        {
            return null;
        }

        if (double.TryParse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) &&
            !double.IsInfinity(number) && !double.IsNaN(number))
        {
            return new Located<double>(number, At(value));
        }

        _context.ReportBreaking(DiagnosticCatalogue.NumberOutOfRange, LocateValue(value, name), value.Text, "a double");
        return null;
    }

    /// <summary>An integer in [<paramref name="min"/>, <paramref name="max"/>] of the storage type; else CPD0003 or CPD0010.</summary>
    public Located<long>? Integer(string name, long min, long max, bool required = false)
    {
        _context.Recorder?.Read(this, name, ReadShape.Integer(min, max));
        if (Get(name, required, JsonTreeKind.Number, "an integer") is not { } value)
        {
            return null;
        }

        if (!decimal.TryParse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ||
            number < min || number > max)
        {
            _context.ReportBreaking(DiagnosticCatalogue.NumberOutOfRange, LocateValue(value, name), value.Text, IntegerRange(min, max));
            return null;
        }

        if (decimal.Truncate(number) != number)
        {
            _context.ReportBreaking(DiagnosticCatalogue.WrongType, LocateValue(value, name), name, "an integer", "a number with a fraction");
            return null;
        }

        return new Located<long>((long)number, At(value));
    }

    /// <summary>The integers a property allows, in words: the type's whole range is just "an integer".</summary>
    private static string IntegerRange(long min, long max) => (min, max) switch
    {
        (long.MinValue, long.MaxValue) or (int.MinValue, int.MaxValue) => "an integer",
        (_, long.MaxValue) or (_, int.MaxValue) => "an integer of at least " + min.ToString(CultureInfo.InvariantCulture),
        _ => "an integer from " + min.ToString(CultureInfo.InvariantCulture) + " to " + max.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>A 32-bit integer.</summary>
    public Located<int>? Int32(string name) =>
        Integer(name, int.MinValue, int.MaxValue) is { } v ? new Located<int>((int)v.Value, v.At) : null;

    public bool? Bool(string name)
    {
        _context.Recorder?.Read(this, name, ReadShape.Boolean);
        return Get(name, false, JsonTreeKind.True, "a boolean") is { } value ? value.Kind == JsonTreeKind.True : null;
    }

    /// <summary>An object property, opened with its known property names.</summary>
    public ObjectReader? Object(string name, string[] known, bool required = false)
    {
        _context.Recorder?.Read(this, name, ReadShape.Object);
        return Get(name, required) is { } value ? OpenInside(value, name, known) : null;
    }

    private TEnum? ParseWord<TEnum>(JsonTreeNode value, JsonPlace place, EnumWordTable<TEnum> table)
        where TEnum : struct, Enum
    {
        if (table.TryParse(value.Text, out var parsed))
        {
            return parsed;
        }

        _context.ReportBreaking(DiagnosticCatalogue.UnknownEnumValue, _context.Locate(value, place), value.Text, table.Description, table.Expected);
        return null;
    }

    private static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a JSON number's digits before any exponent include a non-zero digit.</summary>
    private static bool HasNonZeroMantissa(string raw)
    {
        foreach (var c in raw)
        {
            if (c is 'e' or 'E')
            {
                return false;
            }

            if (c is >= '1' and <= '9')
            {
                return true;
            }
        }

        return false;
    }
}
