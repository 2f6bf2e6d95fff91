using System;
using System.Collections.Generic;
using Cianopramine.Data.Model;
using Cianopramine.Data.Querying;
using Cianopramine.Data.Units;

namespace Cianopramine.Data.Benchmarks.Infrastructure;

/// <summary>Helpers shared by the query benchmarks, and the check that the compared methods give the same answers.</summary>
internal static class QueryChecks
{
    /// <summary>Enumerates a query to the end.</summary>
    public static int Count(ResultQuery query)
    {
        var count = 0;
        foreach (var _ in query)
        {
            count++;
        }

        return count;
    }

    /// <summary>Whether a result's value is certainly below the threshold (the decision the library's filter makes).</summary>
    public static bool CertainlyBelow(AssayResult result, MolarConcentration threshold) =>
        new ConcentrationThreshold(ThresholdComparison.Below, threshold).Decide(result.Value) == ThresholdDecision.Matches;

    /// <summary>Throws unless each question got the same count from every method, and a non-empty one.</summary>
    public static void Agree(params (string Question, int Library, int Linq, int Sqlite)[] answers)
    {
        var problems = new List<string>();
        foreach (var (question, library, linq, sqlite) in answers)
        {
            if (library != linq || library != sqlite || library == 0)
            {
                problems.Add($"{question}: library {library}, LINQ {linq}, SQLite {sqlite}");
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The compared methods disagree: " + string.Join("; ", problems));
        }
    }
}
