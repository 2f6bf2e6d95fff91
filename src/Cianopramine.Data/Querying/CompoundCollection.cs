using System.Collections.Generic;
using Cianopramine.Data.Model;

namespace Cianopramine.Data.Querying;

/// <summary>
/// The dataset's compounds, searchable by id, name, synonym, InChIKey, PubChem CID, ChEMBL id, DrugBank id and CAS.
/// </summary>
public sealed class CompoundCollection : NamedEntityCollection<Compound>
{
    internal CompoundCollection(ValueArray<Compound> items, bool idsChecked = false)
        : base(items, c => c.Id, NamesOf, "compound", idsChecked)
    {
    }

    private static IEnumerable<string> NamesOf(Compound compound)
    {
        yield return compound.Name;
        foreach (var synonym in compound.Synonyms)
        {
            yield return synonym.Text;
        }

        if (compound.Structure?.InChIKey is { } inchiKey)
        {
            yield return inchiKey.Value;
        }

        var ids = compound.Identifiers;
        if (ids.PubChemCid is { } cid)
        {
            yield return cid.ToString();
            yield return "CID" + cid.ToString();
        }

        if (ids.ChemblId is { } chembl)
        {
            yield return chembl.Value;
        }

        if (ids.DrugBankId is { } drugBank)
        {
            yield return drugBank.Value;
        }

        if (ids.Cas is { } cas)
        {
            yield return cas.Value;
        }
    }
}
