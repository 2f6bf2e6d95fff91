using System.Collections.Generic;
using Cianopramine.Data.Model;
using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.DataFiles;

/// <summary>Readers of the reference, compound, target and assay sections, and of notes.</summary>
internal static partial class DatasetFileReader
{
    private static readonly string[] ReferenceProperties =
    {
        "id", "kind", "title", "authors", "authorsTruncated", "journal", "publisher", "volume", "issue", "pages",
        "catalogueNumber", "website", "year", "month", "pmid", "doi", "url", "status", "notes",
    };

    private static readonly string[] CompoundProperties =
    {
        "id", "name", "role", "class", "synonyms", "identifiers", "structure", "relations", "references", "notes",
    };

    private static readonly string[] SynonymProperties = { "text", "kind", "references" };

    private static readonly string[] IdentifiersProperties = { "pubchemCid", "chemblId", "drugbankId", "cas" };

    private static readonly string[] StructureProperties =
    {
        "provenance", "method", "smiles", "formula", "averageMass", "monoisotopicMass", "inchiKey", "references",
    };

    private static readonly string[] CompoundRelationProperties = { "kind", "compound", "description", "references" };

    private static readonly string[] TargetProperties =
    {
        "id", "symbol", "name", "kind", "gene", "accessions", "classifications", "references", "notes",
    };

    private static readonly string[] AccessionProperties = { "database", "value", "species" };

    private static readonly string[] ClassificationProperties = { "symbol", "gene", "accessions", "text", "references" };

    private static readonly string[] AssayProperties = { "id", "kind", "setting", "species", "tissue", "description" };

    private static readonly string[] NoteProperties = { "kind", "id", "text" };

    private static string[] KnownProperties(ItemKind kind) => kind switch
    {
        ItemKind.Reference => ReferenceProperties,
        ItemKind.Compound => CompoundProperties,
        ItemKind.Target => TargetProperties,
        ItemKind.Assay => AssayProperties,
        ItemKind.Result => ResultProperties,
        ItemKind.Transformation => TransformationProperties,
        ItemKind.Mechanism => MechanismProperties,
        ItemKind.Gap => GapProperties,
        _ => ManifestProperties,
    };

    private static ReferenceSpec ReadReference(ObjectReader o)
    {
        var id = o.Id("id");
        var kind = o.Enum("kind", EnumWords.ReferenceKind);
        var status = o.Enum("status", EnumWords.ReferenceStatus);
        return new ReferenceSpec
        {
            Location = o.Location,
            Id = id.GetValueOrDefault(),
            Kind = kind ?? ReferenceKind.NotStated,
            Title = o.Text("title"),
            Authors = o.TextList("authors", distinct: false),
            AuthorsTruncated = o.Bool("authorsTruncated") ?? false,
            Journal = o.Text("journal"),
            Publisher = o.Text("publisher"),
            Volume = o.Text("volume"),
            Issue = o.Text("issue"),
            Pages = o.Text("pages"),
            CatalogueNumber = o.Text("catalogueNumber"),
            Website = o.Text("website"),
            Year = o.Int32("year"),
            Month = o.Int32("month"),
            Pmid = o.String("pmid"),
            Doi = o.String("doi"),
            Url = o.String("url"),
            Status = status ?? ReferenceStatus.NotStated,
            Notes = Notes(o),
        };
    }

    private static CompoundSpec ReadCompound(ObjectReader o)
    {
        var id = o.Id("id");
        var role = o.Enum("role", EnumWords.CompoundRole);
        return new CompoundSpec
        {
            Location = o.Location,
            Id = id.GetValueOrDefault(),
            Name = o.NameText("name"),
            Role = role ?? CompoundRole.NotStated,
            Class = o.Text("class"),
            Synonyms = List(o, "synonyms", SynonymProperties, ReadSynonym),
            Identifiers = o.Object("identifiers", IdentifiersProperties) is { } i ? ReadIdentifiers(i) : null,
            Structure = o.Object("structure", StructureProperties) is { } s ? ReadStructure(s) : null,
            Relations = List(o, "relations", CompoundRelationProperties, ReadCompoundRelation),
            References = o.IdList("references"),
            Notes = Notes(o),
        };
    }

    private static SynonymSpec ReadSynonym(ObjectReader o)
    {
        var kind = o.Enum("kind", EnumWords.SynonymKind, required: true);
        return new SynonymSpec
        {
            Location = o.Where,
            Text = o.NameText("text", required: true) ?? string.Empty,
            Kind = kind ?? default,
            References = o.IdList("references"),
        };
    }

    private static IdentifiersSpec ReadIdentifiers(ObjectReader o) => new()
    {
        Location = o.Where,
        PubchemCid = o.Integer("pubchemCid", long.MinValue, long.MaxValue),
        ChemblId = o.String("chemblId"),
        DrugbankId = o.String("drugbankId"),
        Cas = o.String("cas"),
    };

    private static StructureSpec ReadStructure(ObjectReader o)
    {
        var provenance = o.Enum("provenance", EnumWords.StructureProvenance, required: true);
        return new StructureSpec
        {
            Location = o.Where,
            Provenance = provenance ?? default,
            Method = o.Text("method"),
            Smiles = o.Text("smiles"),
            Formula = o.String("formula"),
            AverageMass = o.Double("averageMass"),
            MonoisotopicMass = o.Double("monoisotopicMass"),
            InchiKey = o.String("inchiKey"),
            References = o.IdList("references"),
        };
    }

    private static CompoundRelationSpec ReadCompoundRelation(ObjectReader o)
    {
        var kind = o.Enum("kind", EnumWords.CompoundRelationKind, required: true);
        var compound = o.Id("compound");
        return new CompoundRelationSpec
        {
            Location = o.Where,
            Kind = kind ?? default,
            Compound = compound.GetValueOrDefault(),
            Description = o.Text("description"),
            References = o.IdList("references"),
        };
    }

    private static TargetSpec ReadTarget(ObjectReader o)
    {
        var id = o.Id("id");
        var kind = o.Enum("kind", EnumWords.TargetKind);
        var symbol = o.Name("symbol", required: true);
        var name = o.Name("name", required: true);
        var gene = o.Name("gene");
        return new TargetSpec
        {
            Location = o.Location,
            Id = id.GetValueOrDefault(),
            Symbol = symbol?.Value ?? string.Empty,
            SymbolLocation = symbol?.At,
            Name = name?.Value ?? string.Empty,
            NameLocation = name?.At,
            Kind = kind ?? TargetKind.NotStated,
            Gene = gene?.Value,
            GeneLocation = gene?.At,
            Accessions = List(o, "accessions", AccessionProperties, ReadAccession),
            Classifications = List(o, "classifications", ClassificationProperties, ReadClassification),
            References = o.IdList("references"),
            Notes = Notes(o),
        };
    }

    private static AccessionSpec ReadAccession(ObjectReader o)
    {
        var database = o.Enum("database", EnumWords.AccessionDatabase, required: true);
        var value = o.String("value", required: true);
        return new AccessionSpec
        {
            Location = o.Where,
            Database = database ?? default,
            Value = value.GetValueOrDefault(),
            Species = o.Enum("species", EnumWords.Species),
        };
    }

    private static ClassificationSpec ReadClassification(ObjectReader o) => new()
    {
        Location = o.Where,
        Symbol = o.NameText("symbol", required: true) ?? string.Empty,
        Gene = o.NameText("gene"),
        Accessions = List(o, "accessions", AccessionProperties, ReadAccession),
        Text = o.RequiredText("text"),
        References = o.IdList("references", required: true),
    };

    private static AssaySpec ReadAssay(ObjectReader o)
    {
        var id = o.Id("id");
        var kind = o.Enum("kind", EnumWords.AssayKind);
        var setting = o.Enum("setting", EnumWords.AssaySetting);
        return new AssaySpec
        {
            Location = o.Location,
            Id = id.GetValueOrDefault(),
            Kind = kind ?? AssayKind.NotStated,
            Setting = setting ?? AssaySetting.NotStated,
            Species = o.EnumList("species", EnumWords.Species),
            Tissue = o.Text("tissue"),
            Description = o.Text("description"),
        };
    }

    private static ValueArray<NoteSpec> Notes(ObjectReader o) => List(o, "notes", NoteProperties, ReadNote);

    private static NoteSpec ReadNote(ObjectReader o)
    {
        var kind = o.Enum("kind", EnumWords.NoteKind, required: true);
        return new NoteSpec
        {
            Location = o.Where,
            Kind = kind ?? default,
            Id = o.Text("id"),
            Text = o.RequiredText("text"),
        };
    }

    /// <summary>
    /// Reads an array of objects of one shape. A value that is not an object is reported and left out; an object with
    /// an error is kept, because the error already leaves the enclosing item out (see <see cref="Section"/>).
    /// </summary>
    private static ValueArray<T> List<T>(ObjectReader o, string name, string[] known, System.Func<ObjectReader, T> read)
        where T : class
    {
        var placed = o.Items(name);
        if (placed.Count == 0)
        {
            return default;
        }

        var items = new T[placed.Count];
        var count = 0;
        foreach (var (node, place) in placed)
        {
            if (o.OpenInside(node, name + " item", known) is { } item)
            {
                items[count++] = read(item);
            }
        }

        if (count < items.Length)
        {
            System.Array.Resize(ref items, count);
        }

        return ValueArray<T>.FromOwnedArray(items);
    }
}
