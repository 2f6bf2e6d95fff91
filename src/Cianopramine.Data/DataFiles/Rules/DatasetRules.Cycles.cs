namespace Cianopramine.Data.DataFiles;

/// <summary>The metabolism graph's cycles (CPD0027, a warning).</summary>
internal sealed partial class DatasetRules
{
    private void CheckMetabolismCycles() =>
        MetabolismCycles.Find(
            _sections.Transformations,
            t => t.Id.Value,
            t => t.Substrate.Value,
            t => t.Product.Value,
            (closing, cycle) => Report(DiagnosticCatalogue.MetabolismCycle, closing.Product.Location, cycle));
}
