using System;
using System.Collections.Generic;
using Cianopramine.Data.Model;

namespace Cianopramine.Data.DataFiles;

/// <summary>
/// The written form of the data-file format, in one place: each kind of item has a <c>Write</c> method, which names
/// its properties in file order and hands them to an <see cref="IModelSink"/> (the canonical text, a JSON file, the
/// generator's compact stream), and beside it a <c>Read</c> method that decodes the compact stream in the same order
/// (library only). A property added to an item is added here once, to both, and every form follows.
/// </summary>
internal static partial class ModelFormat
{
    /// <summary>
    /// The version of the compact form: raised whenever <c>Write</c> and <c>Read</c> change what they write or read, so
    /// that a generator and a library of different releases are caught at build time (CPD0029) instead of misreading.
    /// </summary>
    public const int CompactFormatVersion = 2;

    /// <summary>Writes a whole dataset: the manifest, then each section.</summary>
    /// <param name="s">The sink.</param>
    /// <param name="content">The dataset's items.</param>
    public static void Write(IModelSink s, DatasetContent content)
    {
        s.BeginObject(null);
        WriteManifest(s, content.Metadata);
        Section(s, "references", content.References, r => r.Id, WriteReference);
        Section(s, "compounds", content.Compounds, c => c.Id, WriteCompound);
        Section(s, "targets", content.Targets, t => t.Id, WriteTarget);
        Section(s, "assays", content.Assays, a => a.Id, WriteAssay);
        Section(s, "results", content.Results, r => r.Id, WriteResult);
        Section(s, "transformations", content.Transformations, t => t.Id, WriteTransformation);
        Section(s, "mechanisms", content.Mechanisms, m => m.Id, WriteMechanism);
        Section(s, "gaps", content.Gaps, g => g.Id, WriteGap);
        s.EndObject();
    }

    /// <summary>Writes one item as an object, as its section would (for comparing two items as the format writes them).</summary>
    /// <typeparam name="T">A kind of item: <see cref="Reference"/>, <see cref="Compound"/>, <see cref="Target"/>,
    /// <see cref="Assay"/>, <see cref="AssayResult"/>, <see cref="MetabolicTransformation"/>,
    /// <see cref="MechanismStatement"/> or <see cref="DataGap"/>.</typeparam>
    /// <param name="s">The sink.</param>
    /// <param name="item">The item.</param>
    public static void WriteItem<T>(IModelSink s, T item)
        where T : class
    {
        s.BeginObject(null);
        switch (item)
        {
            case Reference r: WriteReference(s, r); break;
            case Compound c: WriteCompound(s, c); break;
            case Target t: WriteTarget(s, t); break;
            case Assay a: WriteAssay(s, a); break;
            case AssayResult r: WriteResult(s, r); break;
            case MetabolicTransformation t: WriteTransformation(s, t); break;
            case MechanismStatement m: WriteMechanism(s, m); break;
            case DataGap g: WriteGap(s, g); break;
            default: throw new ArgumentException("Not an item of a dataset section.", nameof(item));
        }

        s.EndObject();
    }

    private static void WriteManifest(IModelSink s, DatasetMetadata m)
    {
        s.BeginObject("dataset");
        s.String("id", m.Id);
        s.String("title", m.Title);
        s.String("version", m.Version);
        s.OptionalString("description", m.Description);
        s.References("sources", m.Sources, required: false);
        s.EndObject();
    }

    private static void Section<T>(IModelSink s, string name, ValueArray<T> items, Func<T, string> id, Action<IModelSink, T> write)
    {
        if (!s.BeginArray(name, items.Count, required: false))
        {
            return;
        }

        foreach (var item in s.SortsItemsById ? ById(items, id) : items)
        {
            s.BeginObject(null);
            write(s, item);
            s.EndObject();
        }

        s.EndArray();
    }

    /// <summary>The items sorted by id (ordinal); equal ids keep their order, so the result is deterministic.</summary>
    private static IEnumerable<T> ById<T>(ValueArray<T> items, Func<T, string> id)
    {
        var sorted = new List<(T Item, int Index)>(items.Count);
        foreach (var item in items)
        {
            sorted.Add((item, sorted.Count));
        }

        sorted.Sort((a, b) =>
        {
            var c = string.CompareOrdinal(id(a.Item), id(b.Item));
            return c != 0 ? c : a.Index.CompareTo(b.Index);
        });
        foreach (var (item, _) in sorted)
        {
            yield return item;
        }
    }

    private static void WriteNotes(IModelSink s, ValueArray<CurationNote> notes)
    {
        if (!s.BeginArray("notes", notes.Count, required: false))
        {
            return;
        }

        foreach (var note in notes)
        {
            s.BeginObject(null);
            s.Word("kind", note.Kind);
            s.OptionalString("id", note.Id);
            s.String("text", note.Text);
            s.EndObject();
        }

        s.EndArray();
    }

    private static void WriteStrings(IModelSink s, string name, ValueArray<string> values, bool required)
    {
        if (!s.BeginArray(name, values.Count, required))
        {
            return;
        }

        foreach (var value in values)
        {
            s.String(null, value);
        }

        s.EndArray();
    }

    private static void WriteWords<TEnum>(IModelSink s, string name, ValueArray<TEnum> values)
        where TEnum : struct, Enum
    {
        if (!s.BeginArray(name, values.Count, required: false))
        {
            return;
        }

        foreach (var value in values)
        {
            s.Word(null, value);
        }

        s.EndArray();
    }

    private static void WriteLinks<T>(IModelSink s, string name, LinkKind kind, ValueArray<T> items, Func<T, string> id)
    {
        if (!s.BeginArray(name, items.Count, required: true))
        {
            return;
        }

        foreach (var item in items)
        {
            s.Link(null, kind, id(item));
        }

        s.EndArray();
    }

#if !CIANOPRAMINE_GENERATOR
    /// <summary>Decodes a whole dataset written by <see cref="Write"/> to the compact stream.</summary>
    /// <param name="r">The stream, positioned at its start.</param>
    /// <param name="contentHash">The hash the generator computed (not in the stream).</param>
    /// <returns>The items.</returns>
    public static DatasetContent Read(ref CompactReader r, string contentHash) => ReadRest(ref r, ReadHead(ref r, contentHash));

    /// <summary>
    /// Decodes the manifest, references, compounds, targets and assays of an embedded dataset now, and the sections
    /// after them (results, transformations, mechanism statements, gaps: most of its objects) when the first of them
    /// is used, from the same stream.
    /// </summary>
    /// <param name="data">The stream.</param>
    /// <param name="strings">The decoded string table.</param>
    /// <param name="referenceLists">The stream of shared reference lists.</param>
    /// <param name="contentHash">The hash the generator computed.</param>
    /// <returns>The dataset.</returns>
    public static Dataset ReadDataset(string data, string[] strings, string referenceLists, string contentHash)
    {
        var r = new CompactReader(data.AsSpan(), strings, referenceLists);
        var head = ReadHead(ref r, contentHash);
        var place = r.Save();
        return Dataset.WithDeferredSections(head, () =>
        {
            var rest = new CompactReader(data.AsSpan(), place);
            return ReadRest(ref rest, head);
        });
    }

    /// <summary>The manifest and the sections up to the assays; the later sections are left empty.</summary>
    private static DatasetContent ReadHead(ref CompactReader r, string contentHash)
    {
        var id = r.String();
        var title = r.String();
        var version = r.String();
        var description = r.OptionalString();
        var sources = r.ReferenceListIndex();
        var references = r.Items(ReadReference);
        r.UseReferences(references);
        var compounds = r.Items(ReadCompound);
        r.UseCompounds(compounds);
        var targets = r.Items(ReadTarget);
        r.UseTargets(targets);
        var assays = r.Items(ReadAssay);
        r.UseAssays(assays);
        return new DatasetContent
        {
            Metadata = new DatasetMetadata
            {
                Id = id,
                Title = title,
                Version = version,
                Description = description,
                Sources = r.ReferenceList(sources),
                ContentHash = contentHash,
            },
            References = references,
            Compounds = compounds,
            Targets = targets,
            Assays = assays,
        };
    }

    /// <summary>The sections after the assays, in stream order, added to <paramref name="head"/>.</summary>
    private static DatasetContent ReadRest(ref CompactReader r, DatasetContent head)
    {
        var results = r.Items(ReadResult);
        var transformations = r.Items(ReadTransformation);
        var mechanisms = r.Items(ReadMechanism);
        var gaps = r.Items(ReadGap);
        return head with { Results = results, Transformations = transformations, Mechanisms = mechanisms, Gaps = gaps };
    }

    /// <summary>
    /// The same items, rebuilt so that every link points to an item of <paramref name="content"/> itself: a merge unites
    /// items from several datasets, and a result must cite the merged dataset's reference, not an equal one of its
    /// source. Written and read back through the compact form, so the links are the ones <see cref="Write"/> names.
    /// </summary>
    /// <param name="content">Items whose links may point outside the content (every linked id exists in it).</param>
    /// <returns>The relinked items.</returns>
    public static DatasetContent Relink(DatasetContent content)
    {
        var (data, strings, referenceLists) = CompactSink.EncodeInMemory(content);
        var reader = new CompactReader(data.AsSpan(), strings, referenceLists);
        return Read(ref reader, content.Metadata.ContentHash);
    }

    private static ValueArray<CurationNote> ReadNotes(ref CompactReader r) =>
        r.List(static (ref CompactReader x) => new CurationNote { Kind = x.Word<CurationNoteKind>(), Id = x.OptionalString(), Text = x.String() });

    private static ValueArray<string> ReadStrings(ref CompactReader r) =>
        r.List(static (ref CompactReader x) => x.String());
#endif
}

