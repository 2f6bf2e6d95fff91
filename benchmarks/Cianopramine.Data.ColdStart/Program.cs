using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;

// Cold start of an embedded dataset.
//   start: return before touching the dataset (the cost of starting the runtime and the app);
//   warm:  build the dataset 30 more times after the first access and print the median (the first access of a process
//          whose code is already compiled: what `Instance` costs in a long-running app that has used the library),
//          and the median of the first query on each fresh dataset;
//   else:  touch the dataset once and print how long the first access took inside the process, then the first query.
if (args.Length > 0 && args[0] == "start")
{
    return 0;
}

// Wall time, and the processor time of the whole process over the same span (less sensitive to other processes on a
// busy machine: time spent waiting for a core is not counted).
var process = Process.GetCurrentProcess();
var cpuBefore = process.TotalProcessorTime;
var jittedBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
var jitTimeBefore = System.Runtime.JitInfo.GetCompilationTime();
var clock = Stopwatch.StartNew();
var data = Synthetic.Scale.SyntheticDataset.Instance;
var compounds = data.Compounds.Count;
clock.Stop();
process.Refresh();
var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
var first = clock.Elapsed.TotalMilliseconds;

// What the JIT compiled during the first access (with ReadyToRun: what the image lacked; with Native AOT: nothing).
var jitted = System.Runtime.JitInfo.GetCompiledMethodCount() - jittedBefore;
var jitTime = (System.Runtime.JitInfo.GetCompilationTime() - jitTimeBefore).TotalMilliseconds;

// The first query after it: the result lists per compound and the lookups by id are built on first use, so the first
// query pays for them (and, in a new process, for compiling the query code).
clock.Restart();
var firstQuery = data.Results.For(data.Compounds[compounds / 2]).Count();
clock.Stop();
var query = clock.Elapsed.TotalMilliseconds;
var results = data.Results.Count();
if (args.Length > 0 && args[0] == "warm")
{
    var times = new double[30];
    var queryTimes = new double[30];
    for (var i = 0; i < times.Length; i++)
    {
        clock.Restart();
        var fresh = Synthetic.Scale.SyntheticDataset.CreateFresh();
        clock.Stop();
        times[i] = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        var count = fresh.Results.For(fresh.Compounds[compounds / 2]).Count();
        clock.Stop();
        queryTimes[i] = clock.Elapsed.TotalMilliseconds;
        GC.KeepAlive(count);
    }

    Array.Sort(times);
    Array.Sort(queryTimes);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(times[14] + times[15]) / 2:F3} ms warm (median of 30), then {(queryTimes[14] + queryTimes[15]) / 2:F3} ms the first query by compound; {first:F3} ms first access, {results} results, {compounds} compounds"));
}
else
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{first:F3} ms first access ({cpu:F1} ms processor time; {jitted} methods JIT-compiled in {jitTime:F1} ms), {results} results, {compounds} compounds; then {query:F3} ms the first query by compound ({firstQuery} results)"));
}

return results > 0 ? 0 : 1;
