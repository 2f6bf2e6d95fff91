using System.Collections.Generic;
using Cianopramine.Data.Model;

namespace Cianopramine.Data.Querying;

/// <summary>The dataset's targets, searchable by id, symbol, name, gene and any accession (UniProt, ChEMBL, GtoPdb).</summary>
public sealed class TargetCollection : NamedEntityCollection<Target>
{
    internal TargetCollection(ValueArray<Target> items, bool idsChecked = false)
        : base(items, t => t.Id, NamesOf, "target", idsChecked)
    {
    }

    /// <summary>
    /// The targets whose modern classification matches a symbol, gene or accession ("5-HT2B", "HTR2B", "P41595"):
    /// the rat fundus "postsynaptic 5-HT receptors" are classified as 5-HT2B. The targets keep the names their sources
    /// give them; this lookup only follows the classification links, so it is separate from <c>Find</c>.
    /// </summary>
    /// <param name="symbolGeneOrAccession">The modern symbol, gene or accession; case, spaces and hyphens do not matter.</param>
    /// <returns>The targets, in dataset order; empty when none is classified so, and for <see langword="null"/>.</returns>
    public ValueArray<Target> ClassifiedAs(string? symbolGeneOrAccession)
    {
        if (string.IsNullOrWhiteSpace(symbolGeneOrAccession))
        {
            return ValueArray<Target>.Empty;
        }

        var comparer = LookupKeyComparer.Instance;
        var found = new List<Target>();
        foreach (var target in Items)
        {
            foreach (var classification in target.Classifications)
            {
                if (comparer.Equals(classification.Symbol, symbolGeneOrAccession)
                    || (classification.Gene is not null && comparer.Equals(classification.Gene, symbolGeneOrAccession))
                    || HasAccession(classification.Accessions, symbolGeneOrAccession))
                {
                    found.Add(target);
                    break;
                }
            }
        }

        return ValueArray<Target>.FromOwnedArray(found.ToArray());
    }

    private static bool HasAccession(ValueArray<TargetAccession> accessions, string value)
    {
        foreach (var accession in accessions)
        {
            if (LookupKeyComparer.Instance.Equals(accession.Value, value))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> NamesOf(Target target)
    {
        yield return target.Symbol;
        yield return target.Name;
        if (target.Gene is not null)
        {
            yield return target.Gene;
        }

        foreach (var accession in target.Accessions)
        {
            yield return accession.Value;
            if (accession.Database == AccessionDatabase.GtoPdb)
            {
                yield return "GtoPdb " + accession.Value;
            }
        }
    }
}
