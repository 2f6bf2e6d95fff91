using Cianopramine.Data.Model;
using Cianopramine.Data.Model.Identifiers;

namespace Cianopramine.Data.DataFiles;

/// <summary>Compounds: <c>compounds[]</c>, with synonyms, identifiers, structure and relations.</summary>
internal static partial class ModelFormat
{
    private static void WriteCompound(IModelSink s, Compound c)
    {
        s.String("id", c.Id);
        s.OptionalString("name", c.HasStatedName ? c.Name : null);
        s.Word("role", c.Role);
        s.OptionalString("class", c.Class);
        if (s.BeginArray("synonyms", c.Synonyms.Count, required: false))
        {
            foreach (var synonym in c.Synonyms)
            {
                s.BeginObject(null);
                s.String("text", synonym.Text);
                s.Word("kind", synonym.Kind);
                s.References("references", synonym.References, required: false);
                s.EndObject();
            }

            s.EndArray();
        }

        var ids = c.Identifiers;
        if (s.BeginOptionalObject("identifiers", ids is { IsEmpty: false }))
        {
            s.OptionalInteger("pubchemCid", ids.PubChemCid?.Value);
            s.OptionalString("chemblId", ids.ChemblId?.Value);
            s.OptionalString("drugbankId", ids.DrugBankId?.Value);
            s.OptionalString("cas", ids.Cas?.Value);
            s.EndObject();
        }

        if (s.BeginOptionalObject("structure", c.Structure is not null))
        {
            var structure = c.Structure!;
            s.Word("provenance", structure.Provenance);
            s.OptionalString("method", structure.Method);
            s.OptionalString("smiles", structure.Smiles);
            s.OptionalString("formula", structure.Formula);
            s.OptionalDouble("averageMass", structure.AverageMass);
            s.OptionalDouble("monoisotopicMass", structure.MonoisotopicMass);
            s.OptionalString("inchiKey", structure.InChIKey?.Value);
            s.References("references", structure.References, required: false);
            s.EndObject();
        }

        if (s.BeginArray("relations", c.Relations.Count, required: false))
        {
            foreach (var relation in c.Relations)
            {
                s.BeginObject(null);
                s.Word("kind", relation.Kind);
                s.String("compound", relation.CompoundId);
                s.OptionalString("description", relation.Description);
                s.References("references", relation.References, required: false);
                s.EndObject();
            }

            s.EndArray();
        }

        s.References("references", c.References, required: false);
        WriteNotes(s, c.Notes);
    }

#if !CIANOPRAMINE_GENERATOR
    private static Compound ReadCompound(ref CompactReader r)
    {
        var id = r.String();
        var name = r.OptionalString();
        return new()
        {
            Id = id,
            Name = name ?? id,
            HasStatedName = name is not null,
            Role = r.Word<CompoundRole>(),
            Class = r.OptionalString(),
            Synonyms = r.List(static (ref CompactReader x) => new Synonym
            {
                Text = x.String(),
                Kind = x.Word<SynonymKind>(),
                References = x.References(),
            }),
            Identifiers = r.Present()
                ? new CompoundIdentifiers
                {
                    PubChemCid = r.OptionalInteger() is { } cid ? new PubChemCid(cid) : null,
                    ChemblId = r.OptionalString() is { } chembl ? ChemblId.FromCanonical(chembl) : null,
                    DrugBankId = r.OptionalString() is { } drugBank ? DrugBankId.FromCanonical(drugBank) : null,
                    Cas = r.OptionalString() is { } cas ? CasNumber.FromCanonical(cas) : null,
                }
                : CompoundIdentifiers.None,
            Structure = r.Present()
                ? new StructureDescriptors
                {
                    Provenance = r.Word<ValueProvenance>(),
                    Method = r.OptionalString(),
                    Smiles = r.OptionalString(),
                    Formula = r.OptionalString(),
                    AverageMass = r.OptionalDouble(),
                    MonoisotopicMass = r.OptionalDouble(),
                    InChIKey = r.OptionalString() is { } key ? InChIKey.FromCanonical(key) : null,
                    References = r.References(),
                }
                : null,
            Relations = r.List(static (ref CompactReader x) => new CompoundRelation
            {
                Kind = x.Word<CompoundRelationKind>(),
                CompoundId = x.String(),
                Description = x.OptionalString(),
                References = x.References(),
            }),
            References = r.References(),
            Notes = ReadNotes(ref r),
        };
    }
#endif
}
