using Cianopramine.Data;
using Cianopramine.Data.Model;

// a. The embedded dataset, from the package.
var data = CianopramineDataset.Instance;
Console.WriteLine($"embedded: {data}");
var cian = data.Compounds.Find("ro11-2465");
Console.WriteLine($"found: {cian} {cian.Structure?.Formula}");
foreach (var result in data.Results.For(cian).At("SERT"))
{
    Console.WriteLine($"result: {result.Id} {result.Value}");
}

foreach (var step in data.Metabolism.MetabolitesOf(cian))
{
    Console.WriteLine($"metabolism: {step}");
}

// b. This project's own dataset, generated from Data/lab.dataset.json by the package's generator.
var lab = PackageConsumer.ExampleLabDataset.Instance;
Console.WriteLine($"own: {lab}");
var example = lab.Compounds.Find("EX-0001");
foreach (var result in lab.Results.For(example))
{
    var value = (QuantitativeValue)result.Value;
    Console.WriteLine($"own result: {result.Id} {example.Name} @ {result.Target.Symbol}: {value.Parameter} {value.Concentration} (p{value.Parameter} {value.PValue})");
}

Console.WriteLine($"own hash: {PackageConsumer.ExampleLabDataset.ContentHash}");
