using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;

// Cold start of an embedded dataset.
//   start: return before touching the dataset (the cost of starting the runtime and the app);
//   warm:  build the dataset 30 more times after the first access and print the median (the first access of a process
//          whose code is already compiled: what `Instance` costs in a long-running app that has used the library);
//   else:  touch the dataset once and print how long the first access took inside the process.
if (args.Length > 0 && args[0] == "start")
{
    return 0;
}

// Wall time, and the processor time of the whole process over the same span (less sensitive to other processes on a
// busy machine: time spent waiting for a core is not counted).
var process = Process.GetCurrentProcess();
var cpuBefore = process.TotalProcessorTime;
var clock = Stopwatch.StartNew();
var data = Synthetic.Scale.SyntheticDataset.Instance;
var compounds = data.Compounds.Count;
clock.Stop();
process.Refresh();
var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
var first = clock.Elapsed.TotalMilliseconds;
var results = data.Results.Count();
if (args.Length > 0 && args[0] == "warm")
{
    var times = new double[30];
    for (var i = 0; i < times.Length; i++)
    {
        clock.Restart();
        var fresh = Synthetic.Scale.SyntheticDataset.CreateFresh();
        clock.Stop();
        times[i] = clock.Elapsed.TotalMilliseconds;
        GC.KeepAlive(fresh);
    }

    Array.Sort(times);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(times[14] + times[15]) / 2:F3} ms warm (median of 30), {first:F3} ms first access, {results} results, {compounds} compounds"));
}
else
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{first:F3} ms first access ({cpu:F1} ms processor time), {results} results, {compounds} compounds"));
}

return results > 0 ? 0 : 1;
