using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using Cianopramine.Data.Model;

namespace Cianopramine.Data.DataFiles;

/// <summary>
/// Reads one data file (docs/json-format.md) into specs with source positions, reporting every syntax and shape
/// problem it can find. It never throws, except <see cref="OperationCanceledException"/> when cancelled: any other
/// failure becomes a CPD0001 diagnostic. An item with an error in a required part is left out of the result.
/// </summary>
internal static partial class DatasetFileReader
{
    /// <summary>The default size limit: 16 MiB of UTF-8.</summary>
    public const int DefaultMaxBytes = 16 * 1024 * 1024;

    private static readonly string[] TopLevelProperties =
    {
        "dataset", "references", "compounds", "targets", "assays", "results", "transformations", "mechanisms", "gaps",
    };

    private static readonly string[] ManifestProperties =
    {
        "id", "title", "version", "description", "sources", "namespace", "typeName",
    };

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Reads a file from its text (as the generator has it from <c>AdditionalText</c>).</summary>
    /// <param name="filePath">The path reported in diagnostics.</param>
    /// <param name="text">The file's text; a leading U+FEFF is ignored (and counted in character offsets).</param>
    /// <param name="cancellationToken">Checked periodically.</param>
    /// <param name="maxBytes">The largest accepted size in UTF-8 bytes (CPD0028 above it).</param>
    /// <returns>The specs and diagnostics.</returns>
    public static DatasetFileResult Read(string filePath, string text, CancellationToken cancellationToken, int maxBytes = DefaultMaxBytes)
        => ReadText(filePath, text, cancellationToken, maxBytes);

    /// <summary>
    /// The result for an input that could not be read at all (a missing file, a denied access): one CPD0042 at the
    /// start of the file saying why, and no sections.
    /// </summary>
    /// <param name="filePath">The path or name the diagnostic names.</param>
    /// <param name="detail">Why it could not be read, in words.</param>
    /// <returns>The result.</returns>
    public static DatasetFileResult Unreadable(string filePath, string detail) => new()
    {
        FilePath = filePath,
        Sections = DatasetSections.Empty,
        Diagnostics = ValueArray<DatasetDiagnostic>.Create(
            DatasetDiagnostic.Create(DiagnosticCatalogue.UnreadableInput, SourceLocation.StartOfFile(filePath), detail)),
    };

    /// <summary>
    /// The one decoding rule of both paths (issue 15): a data file is UTF-8. Input that starts with a UTF-16 or UTF-32
    /// byte order mark is CPD0001 at its start, whether the loader has its bytes (<see cref="StartsWithForeignByteOrderMark"/>)
    /// or the generator has the text the compiler decoded from them (<see cref="IsForeignUnicode"/>); nothing else of
    /// it is read, so the same bytes give the same diagnostic on both paths, broken UTF-16 included.
    /// </summary>
    /// <param name="filePath">The path reported.</param>
    /// <returns>The result: one CPD0001 at line 1, column 1, and no sections.</returns>
    public static DatasetFileResult NotUtf8(string filePath) => new()
    {
        FilePath = filePath,
        Sections = DatasetSections.Empty,
        Diagnostics = ValueArray<DatasetDiagnostic>.Create(
            DatasetDiagnostic.Create(DiagnosticCatalogue.MalformedJson, SourceLocation.StartOfFile(filePath), NotUtf8Message)),
    };

    /// <summary>The CPD0001 message for UTF-16 or UTF-32 input.</summary>
    internal const string NotUtf8Message =
        "the file starts with a UTF-16 or UTF-32 byte order mark; a data file must be UTF-8";

    /// <summary>
    /// Whether the bytes start with a UTF-16 byte order mark (FF FE, which also begins UTF-32 LE's, or FE FF): what the
    /// compiler decodes as UTF-16 instead of UTF-8. A UTF-32 BE mark (00 00 FE FF) is not one: the compiler reads such
    /// a file as UTF-8, as the loader does, and both report its invalid bytes at the same place.
    /// </summary>
    /// <param name="bytes">The input.</param>
    /// <returns>Whether the input is UTF-16 (or UTF-32 LE) by its byte order mark.</returns>
    public static bool StartsWithForeignByteOrderMark(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));

    /// <summary>Whether a text was decoded from UTF-16 or UTF-32 (the encoding the compiler detected from a byte order mark).</summary>
    /// <param name="encoding">The text's encoding, or <see langword="null"/> when not known.</param>
    /// <returns>Whether it is UTF-16 or UTF-32.</returns>
    public static bool IsForeignUnicode(Encoding? encoding) =>
        encoding is not null && encoding.CodePage is 1200 or 1201 or 12000 or 12001;

    /// <summary>Why an input could not be read, in words: what a user can act on, not an exception dump.</summary>
    /// <param name="ex">The exception opening or reading it threw.</param>
    /// <returns>The words.</returns>
    public static string Why(Exception ex) => ex switch
    {
        System.IO.FileNotFoundException => "the file does not exist",
        System.IO.DirectoryNotFoundException => "the folder it should be in does not exist",
        UnauthorizedAccessException => "access to it is denied",
        System.IO.IOException io => "an I/O error occurred (" + io.Message + ")",
        _ => ex.GetType().Name + ": " + ex.Message,
    };

    private static DatasetFileResult ReadText(string filePath, string text, CancellationToken cancellationToken, int maxBytes)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var charBase = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;

        // A UTF-16 code unit takes at least one UTF-8 byte, so a longer text is too large without encoding it.
        if (text.Length - charBase > maxBytes)
        {
            return TooLarge(filePath, (long)text.Length - charBase, maxBytes);
        }

        var bytes = Utf8.GetBytes(text.Substring(charBase));
        return bytes.Length > maxBytes
            ? TooLarge(filePath, bytes.Length, maxBytes)
            : ReadUtf8(filePath, bytes, 0, bytes.Length, charBase, cancellationToken);
    }

    /// <summary>
    /// Reads a file from its text and tells <paramref name="recorder"/> each object opened and each property read: how
    /// the JSON Schema is generated from the reader (tests/Cianopramine.Data.Tests/Serialization/Schema).
    /// </summary>
    /// <param name="filePath">The path reported in diagnostics.</param>
    /// <param name="text">The file's text.</param>
    /// <param name="recorder">What observes the reading.</param>
    /// <returns>The specs and diagnostics.</returns>
    public static DatasetFileResult Read(string filePath, string text, IReadRecorder recorder)
    {
        var bytes = Utf8.GetBytes(text);
        return ReadUtf8(filePath, bytes, 0, bytes.Length, 0, CancellationToken.None, recorder);
    }

    /// <summary>Reads a file from its UTF-8 bytes (as the runtime loader has them); a UTF-8 BOM is skipped.</summary>
    /// <param name="filePath">The path reported in diagnostics.</param>
    /// <param name="utf8">The bytes; invalid UTF-8 is CPD0001 at the first bad byte.</param>
    /// <param name="cancellationToken">Checked periodically.</param>
    /// <param name="maxBytes">The largest accepted size (CPD0028 above it).</param>
    /// <returns>The specs and diagnostics.</returns>
    public static DatasetFileResult Read(string filePath, byte[] utf8, CancellationToken cancellationToken, int maxBytes = DefaultMaxBytes) =>
        Read(filePath, utf8, 0, utf8.Length, cancellationToken, maxBytes);

    /// <summary>
    /// Reads a file from <paramref name="count"/> UTF-8 bytes at <paramref name="offset"/> of a buffer, without copying
    /// them; see <see cref="Read(string, byte[], CancellationToken, int)"/>. The buffer must not change while it is read.
    /// </summary>
    public static DatasetFileResult Read(string filePath, byte[] utf8, int offset, int count, CancellationToken cancellationToken, int maxBytes = DefaultMaxBytes)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var span = new ReadOnlySpan<byte>(utf8, offset, count);
        if (StartsWithForeignByteOrderMark(span))
        {
            return NotUtf8(filePath);
        }

        var bom = count >= 3 && span[0] == 0xEF && span[1] == 0xBB && span[2] == 0xBF ? 3 : 0;
        return count - bom > maxBytes
            ? TooLarge(filePath, count - bom, maxBytes)
            : ReadUtf8(filePath, utf8, offset + bom, count - bom, 0, cancellationToken);
    }

    /// <summary>Reads a file from its UTF-8 bytes; see <see cref="Read(string, byte[], CancellationToken, int)"/>.</summary>
    public static DatasetFileResult Read(string filePath, ReadOnlySpan<byte> utf8, CancellationToken cancellationToken, int maxBytes = DefaultMaxBytes)
    {
        // The size is checked before the copy, so that input over the limit is never copied.
        cancellationToken.ThrowIfCancellationRequested();
        if (StartsWithForeignByteOrderMark(utf8))
        {
            return NotUtf8(filePath);
        }

        var bom = utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF ? 3 : 0;
        return utf8.Length - bom > maxBytes
            ? TooLarge(filePath, utf8.Length - bom, maxBytes)
            : Read(filePath, utf8.ToArray(), cancellationToken, maxBytes);
    }

    private static DatasetFileResult ReadUtf8(
        string filePath, byte[] bytes, int offset, int length, int charBase, CancellationToken cancellationToken, IReadRecorder? recorder = null)
    {
        var map = PositionMap.Build(bytes, offset, length, charBase);
        var context = new ReadContext(filePath, map, cancellationToken, recorder);
        if (map.InvalidUtf8Offset >= 0)
        {
            context.ReportBreaking(
                DiagnosticCatalogue.MalformedJson,
                context.Locate(map.InvalidUtf8Offset, map.InvalidUtf8Offset, "$"),
                "invalid UTF-8 (bytes that are not UTF-8, or U+FFFD, the character a compiler reads them as)");
            return Result(context, null, null, DatasetSections.Empty);
        }

        try
        {
            // The sections are read as the file is (one pass), except for the schema's recorder, which must see the
            // top-level object opened before its items.
            var sections = new SectionReaders(context);
            return JsonTreeBuilder.Build(bytes, offset, length, context, recorder is null ? sections : null) is { } root
                ? ReadRoot(context, root, sections)
                : Result(context, null, null, DatasetSections.Empty);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A bug of ours must not crash the compiler or the loader: report it as an unreadable file.
            context.ReportBreaking(
                DiagnosticCatalogue.MalformedJson,
                SourceLocation.StartOfFile(filePath),
                "the file could not be read (" + ex.GetType().Name + ": " + ex.Message + ")");
            return Result(context, null, null, DatasetSections.Empty);
        }
    }

    private static DatasetFileResult ReadRoot(ReadContext context, JsonTreeNode root, SectionReaders readers)
    {
        if (ObjectReader.Open(context, root, "$", "the file", TopLevelProperties, topLevel: true) is not { } top)
        {
            return Result(context, null, null, DatasetSections.Empty);
        }

        DatasetManifestSpec? manifest = null;
        Located<string>? datasetRef = null;
        if (top.Get("dataset", required: true) is { } dataset)
        {
            if (dataset.Kind == JsonTreeKind.String)
            {
                datasetRef = top.Id("dataset");
            }
            else
            {
                manifest = ReadManifest(context, dataset);
            }
        }

        var sections = new DatasetSections
        {
            References = readers.References.Items(top),
            Compounds = readers.Compounds.Items(top),
            Targets = readers.Targets.Items(top),
            Assays = readers.Assays.Items(top),
            Results = readers.Results.Items(top),
            Transformations = readers.Transformations.Items(top),
            Mechanisms = readers.Mechanisms.Items(top),
            Gaps = readers.Gaps.Items(top),
        };
        return Result(context, manifest, datasetRef, sections);
    }

    private static DatasetManifestSpec? ReadManifest(ReadContext context, JsonTreeNode node)
    {
        if (ObjectReader.Open(context, node, "$.dataset", "dataset", ManifestProperties) is not { } o)
        {
            return null;
        }

        var before = context.BreakingErrors;
        var id = o.Id("id");
        var spec = new DatasetManifestSpec
        {
            Location = o.Location,
            Id = id.GetValueOrDefault(),
            Title = o.RequiredText("title"),
            Version = o.RequiredText("version"),
            Description = o.Text("description"),
            Sources = o.IdList("sources"),
            Namespace = o.String("namespace"),
            TypeName = o.String("typeName"),
        };
        return context.BreakingErrors == before ? spec : null;
    }

    /// <summary>
    /// Reads one section from the tree (a section not read while the file was, see <see cref="SectionReaders"/>):
    /// each item that reads without a breaking error (<see cref="ReadItem{T}"/>).
    /// </summary>
    private static ValueArray<T> Section<T>(ObjectReader top, string name, ItemKind kind, Func<ObjectReader, T> read)
        where T : class
    {
        var context = top.Context;
        var placed = top.Items(name);
        var items = new T[placed.Count];
        var count = 0;
        foreach (var (node, place) in placed)
        {
            if (ReadItem(context, node, place, name, kind, read) is { } item)
            {
                items[count++] = item;
            }
        }

        if (count < items.Length)
        {
            Array.Resize(ref items, count);
        }

        return ValueArray<T>.FromOwnedArray(items);
    }

    /// <summary>
    /// Reads one item of a section; an item with a breaking error is recorded as left out and gives
    /// <see langword="null"/>. This is the one place that leaves an item out: the item readers return what they read
    /// even after an error.
    /// </summary>
    private static T? ReadItem<T>(ReadContext context, JsonTreeNode node, JsonPlace place, string name, ItemKind kind, Func<ObjectReader, T> read)
        where T : class
    {
        var before = context.BreakingErrors;
        if (ObjectReader.Open(context, node, place, name + " item", KnownProperties(kind)) is { } o)
        {
            var item = read(o);
            if (context.BreakingErrors == before)
            {
                return item;
            }
        }

        var id = node.Kind == JsonTreeKind.Object && node.Find("id") is { } idProperty && idProperty.Value.Kind == JsonTreeKind.String
            ? idProperty.Value.Text
            : null;
        context.SkippedItems.Add(new SkippedItem(kind, id, context.Locate(node, place)));
        return null;
    }

    private static DatasetFileResult Result(ReadContext context, DatasetManifestSpec? manifest, Located<string>? datasetRef, DatasetSections sections) =>
        new()
        {
            FilePath = context.FilePath,
            Manifest = manifest,
            DatasetIdRef = datasetRef,
            Sections = sections,
            Skipped = ValueArray<SkippedItem>.FromOwnedArray(context.SkippedItems.ToArray()),
            Diagnostics = ValueArray<DatasetDiagnostic>.FromOwnedArray(context.Diagnostics.ToArray()),
        };

    private static DatasetFileResult TooLarge(string filePath, long size, int maxBytes) =>
        new()
        {
            FilePath = filePath,
            Sections = DatasetSections.Empty,
            Diagnostics = ValueArray<DatasetDiagnostic>.Create(DatasetDiagnostic.Create(
                DiagnosticCatalogue.InputTooLarge,
                SourceLocation.StartOfFile(filePath),
                "the file is " + size.ToString(CultureInfo.InvariantCulture) + " bytes, more than the limit of " +
                maxBytes.ToString(CultureInfo.InvariantCulture))),
        };

    /// <summary>
    /// The readers of the eight sections: each reads its items while the file is read (as the
    /// <see cref="ISectionItemSink"/> of the tree builder), or from the tree afterwards when it was not streamed.
    /// </summary>
    private sealed class SectionReaders : ISectionItemSink
    {
        private readonly ReadContext _context;

        // The top-level object's place, for the items' paths ($.results[3]): its span is not known until it ends.
        private readonly ValueLocation _root;

        public SectionReaders(ReadContext context)
        {
            _context = context;
            _root = new ValueLocation(context.Locate(0, 0, "$"));
        }

        public SectionReader<ReferenceSpec> References { get; } = new("references", ItemKind.Reference, ReadReference);

        public SectionReader<CompoundSpec> Compounds { get; } = new("compounds", ItemKind.Compound, ReadCompound);

        public SectionReader<TargetSpec> Targets { get; } = new("targets", ItemKind.Target, ReadTarget);

        public SectionReader<AssaySpec> Assays { get; } = new("assays", ItemKind.Assay, ReadAssay);

        public SectionReader<ResultSpec> Results { get; } = new("results", ItemKind.Result, ReadResult);

        public SectionReader<TransformationSpec> Transformations { get; } = new("transformations", ItemKind.Transformation, ReadTransformation);

        public SectionReader<MechanismSpec> Mechanisms { get; } = new("mechanisms", ItemKind.Mechanism, ReadMechanism);

        public SectionReader<GapSpec> Gaps { get; } = new("gaps", ItemKind.Gap, ReadGap);

        public bool Streams(string section) => Find(section) is { Streamed: false };

        public void Begin(string section) => Find(section)!.Streamed = true;

        public void Item(string section, JsonTreeNode item, int index)
        {
            _context.Tick();
            Find(section)!.Read(_context, item, new JsonPlace(_root, section, index));
        }

        private SectionReader? Find(string section) => section switch
        {
            "references" => References,
            "compounds" => Compounds,
            "targets" => Targets,
            "assays" => Assays,
            "results" => Results,
            "transformations" => Transformations,
            "mechanisms" => Mechanisms,
            "gaps" => Gaps,
            _ => null,
        };
    }

    /// <summary>The reader of one section.</summary>
    private abstract class SectionReader
    {
        /// <summary>Whether its items were read while the file was (a repeat of the property is not read, as a repeat never is).</summary>
        public bool Streamed { get; set; }

        /// <summary>Reads one item handed over while the file is read.</summary>
        public abstract void Read(ReadContext context, JsonTreeNode item, JsonPlace place);
    }

    /// <summary>The reader of one section, with the items it read while the file was.</summary>
    private sealed class SectionReader<T> : SectionReader
        where T : class
    {
        private readonly string _name;
        private readonly ItemKind _kind;
        private readonly Func<ObjectReader, T> _read;
        private readonly List<T> _streamed = new();

        public SectionReader(string name, ItemKind kind, Func<ObjectReader, T> read)
        {
            _name = name;
            _kind = kind;
            _read = read;
        }

        /// <summary>The section's items: those read while the file was, or else those read now from the tree.</summary>
        public ValueArray<T> Items(ObjectReader top) =>
            Streamed ? ValueArray<T>.FromOwnedArray(_streamed.ToArray()) : Section(top, _name, _kind, _read);

        public override void Read(ReadContext context, JsonTreeNode item, JsonPlace place)
        {
            if (ReadItem(context, item, place, _name, _kind, _read) is { } read)
            {
                _streamed.Add(read);
            }
        }
    }
}
