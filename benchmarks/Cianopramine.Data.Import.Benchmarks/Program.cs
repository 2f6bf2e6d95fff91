using BenchmarkDotNet.Running;

// --check: the three readers must agree on what they read before their times mean anything.
if (args is ["--check"])
{
    var check = new CsvReaderBenchmarks { Rows = 5000 };
    check.Setup();
    Console.WriteLine($"Sep {check.Sep_0_18_0()}, Sylvan {check.Sylvan_1_4_4()}, CsvHelper {check.CsvHelper_34_0_0()}");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(CsvReaderBenchmarks).Assembly).Run(args);
