using System.Collections.Generic;
using Cianopramine.Data.Model;

namespace Cianopramine.Data.Querying;

/// <summary>The dataset's targets, searchable by id, symbol, name, gene and any accession (UniProt, ChEMBL, GtoPdb).</summary>
public sealed class TargetCollection : NamedEntityCollection<Target>
{
    internal TargetCollection(ValueArray<Target> items)
        : base(items, t => t.Id, NamesOf, "target")
    {
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
