using System.Text;
using Cianopramine.Data.DataFiles;

namespace Cianopramine.Data.Tests.Serialization.Schema;

/// <summary>
/// Records what <see cref="DatasetFileReader"/> reads: one <see cref="ShapeRecord"/> per array of known property
/// names the reader opens objects with (so an object shape used in several places, like notes, is recorded once), and
/// for each property the JSON kinds its accessors read, whether it is required, and the object shapes found under it.
/// </summary>
internal sealed class ReaderShapeRecorder : IReadRecorder
{
    private readonly Dictionary<string[], ShapeRecord> _shapes = new(ReferenceEqualityComparer.Instance);
    // Open objects by where they start in the file (a reader is a struct: its object's first byte is its identity).
    private readonly Dictionary<int, ShapeRecord> _open = new();
    private readonly Dictionary<string, ShapeRecord> _byPath = new(StringComparer.Ordinal);

    /// <summary>The object shapes, in the order they were first opened.</summary>
    public List<ShapeRecord> Shapes { get; } = new();

    /// <summary>The shape of the top-level object.</summary>
    public ShapeRecord? Root { get; private set; }

    /// <summary>Starts a new file: paths are only unique within one.</summary>
    public void BeginFile()
    {
        _open.Clear();
        _byPath.Clear();
    }

    public void Opened(ObjectReader reader, string[] known, bool topLevel)
    {
        if (!_shapes.TryGetValue(known, out var shape))
        {
            shape = new ShapeRecord(known, topLevel);
            _shapes.Add(known, shape);
            Shapes.Add(shape);
        }
        else if (shape.TopLevel != topLevel)
        {
            throw new InvalidOperationException($"The shape at {reader.Path} is opened both as the top level and not.");
        }

        var path = Normalise(reader.Path);
        if (!shape.Paths.Contains(path, StringComparer.Ordinal))
        {
            shape.Paths.Add(path);
        }

        _open[reader.Node.Start] = shape;
        _byPath[reader.Path] = shape;
        if (reader.Path == "$")
        {
            Root = shape;
            return;
        }

        var (parentPath, name, isItem) = Split(reader.Path);
        if (!_byPath.TryGetValue(parentPath, out var parent))
        {
            throw new InvalidOperationException($"The object at {reader.Path} was opened before the object that holds it ({parentPath}).");
        }

        var property = parent.Property(name);
        AddOnce(isItem ? property.ObjectItems : property.ObjectValues, shape);
    }

    public void Read(ObjectReader reader, string name, bool required)
    {
        // A property is required when any accessor reads it as required: that accessor reports its absence (CPD0002).
        var property = ShapeOf(reader).Property(name);
        property.Required |= required;
    }

    public void Read(ObjectReader reader, string name, ReadShape shape)
    {
        var property = ShapeOf(reader).Property(name);
        if (!property.Shapes.Any(s => SameShape(s, shape)))
        {
            property.Shapes.Add(shape);
        }
    }

    public void NonEmpty(ObjectReader reader, string name) => ShapeOf(reader).Property(name).NonEmpty = true;

    public void Variant(ObjectReader reader, string name, IReadOnlyList<string> words, string word)
    {
        var shape = ShapeOf(reader);
        if (shape.Variant is { } variant && (variant.Name != name || variant.Word != word))
        {
            throw new InvalidOperationException($"The shape at {reader.Path} is the variant {variant.Name} = {variant.Word} and {name} = {word}.");
        }

        shape.Variant = (name, words, word);
        var property = shape.Property(name);
        property.Required = true;
        property.Const = word;
    }

    /// <summary>A JSON path without array indexes: <c>$.compounds[0].synonyms[2]</c> → <c>$.compounds[].synonyms[]</c>.</summary>
    public static string Normalise(string path)
    {
        var builder = new StringBuilder(path.Length);
        for (var i = 0; i < path.Length; i++)
        {
            builder.Append(path[i]);
            if (path[i] == '[' && i + 1 < path.Length && char.IsAsciiDigit(path[i + 1]))
            {
                while (char.IsAsciiDigit(path[i + 1]))
                {
                    i++;
                }
            }
        }

        return builder.ToString();
    }

    private static (string Parent, string Name, bool IsItem) Split(string path)
    {
        var isItem = false;
        if (path.EndsWith(']'))
        {
            var open = path.LastIndexOf('[');
            if (open < 0 || !path[(open + 1)..^1].All(char.IsAsciiDigit))
            {
                throw new InvalidOperationException($"Unexpected path {path}: property names in the format are plain identifiers.");
            }

            isItem = true;
            path = path[..open];
        }

        var dot = path.LastIndexOf('.');
        return dot < 0
            ? throw new InvalidOperationException($"Unexpected path {path}.")
            : (path[..dot], path[(dot + 1)..], isItem);
    }

    private static bool SameShape(ReadShape a, ReadShape b) =>
        a.Kind == b.Kind && a.WordsName == b.WordsName && a.Words.SequenceEqual(b.Words, StringComparer.Ordinal) &&
        a.Minimum == b.Minimum && a.Maximum == b.Maximum &&
        (a.Items is null ? b.Items is null : b.Items is not null && SameShape(a.Items, b.Items));

    private static void AddOnce(List<ShapeRecord> list, ShapeRecord shape)
    {
        if (!list.Contains(shape))
        {
            list.Add(shape);
        }
    }

    private ShapeRecord ShapeOf(ObjectReader reader) =>
        _open.TryGetValue(reader.Node.Start, out var shape) ? shape : throw new InvalidOperationException($"The object at {reader.Path} was read without being opened.");
}

/// <summary>One object shape the reader knows: its property names and what was read of each.</summary>
internal sealed class ShapeRecord
{
    public ShapeRecord(string[] known, bool topLevel)
    {
        Known = known;
        TopLevel = topLevel;
    }

    /// <summary>The reader's array of the shape's property names.</summary>
    public string[] Known { get; }

    /// <summary>Whether <c>$schema</c> is allowed too.</summary>
    public bool TopLevel { get; }

    /// <summary>Where the shape was found (array indexes removed).</summary>
    public List<string> Paths { get; } = new();

    /// <summary>The property and word that select this shape among the variants of its place, if any.</summary>
    public (string Name, IReadOnlyList<string> Words, string Word)? Variant { get; set; }

    /// <summary>The properties read, in the order first read.</summary>
    public Dictionary<string, PropertyRecord> Properties { get; } = new(StringComparer.Ordinal);

    public PropertyRecord Property(string name)
    {
        if (!Properties.TryGetValue(name, out var property))
        {
            property = new PropertyRecord(name);
            Properties.Add(name, property);
        }

        return property;
    }
}

/// <summary>What the reader's accessors read of one property.</summary>
internal sealed class PropertyRecord
{
    public PropertyRecord(string name) => Name = name;

    public string Name { get; }

    /// <summary>Whether an accessor reports its absence (CPD0002).</summary>
    public bool Required { get; set; }

    /// <summary>The kinds of value read, each an alternative.</summary>
    public List<ReadShape> Shapes { get; } = new();

    /// <summary>The object shapes found as the property's value.</summary>
    public List<ShapeRecord> ObjectValues { get; } = new();

    /// <summary>The object shapes found as items of the property's array.</summary>
    public List<ShapeRecord> ObjectItems { get; } = new();

    /// <summary>Whether an empty array is an error.</summary>
    public bool NonEmpty { get; set; }

    /// <summary>The one word the property has in a variant (the value's <c>type</c>).</summary>
    public string? Const { get; set; }
}
