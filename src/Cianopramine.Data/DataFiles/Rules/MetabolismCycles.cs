using System;
using System.Collections.Generic;
using System.Text;

namespace Cianopramine.Data.DataFiles;

/// <summary>
/// Finds the cycles of a metabolism graph (CPD0027): a depth-first walk with an explicit stack, so that long chains
/// cannot overflow the call stack. Used by the rules of a read dataset and by a merge, which can close a cycle that
/// neither dataset has.
/// </summary>
internal static class MetabolismCycles
{
    /// <summary>Reports every edge that closes a cycle, with the cycle in words.</summary>
    /// <typeparam name="T">The transformation type (a spec or a model object).</typeparam>
    /// <param name="transformations">The edges, in dataset order.</param>
    /// <param name="idOf">A transformation's id.</param>
    /// <param name="substrateOf">Its substrate's id.</param>
    /// <param name="productOf">Its product's id.</param>
    /// <param name="report">Called with the closing edge and <c>a -> b -> a (closed by transformation 't')</c>.</param>
    public static void Find<T>(IEnumerable<T> transformations, Func<T, string> idOf, Func<T, string> substrateOf, Func<T, string> productOf, Action<T, string> report)
    {
        var edges = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var t in transformations)
        {
            var substrate = substrateOf(t);
            if (substrate == productOf(t))
            {
                continue; // a self-transformation is CPD0026, not a cycle
            }

            if (!edges.TryGetValue(substrate, out var list))
            {
                list = new List<T>();
                edges.Add(substrate, list);
                order.Add(substrate);
            }

            list.Add(t);
        }

        // 0 = unseen, 1 = on the current path, 2 = done.
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new List<string>();
        foreach (var start in order)
        {
            if (state.ContainsKey(start))
            {
                continue;
            }

            var stack = new Stack<(string Compound, int Next)>();
            stack.Push((start, 0));
            state[start] = 1;
            path.Add(start);
            while (stack.Count > 0)
            {
                var (compound, next) = stack.Pop();
                var outgoing = edges.TryGetValue(compound, out var l) ? l : null;
                if (outgoing is null || next >= outgoing.Count)
                {
                    state[compound] = 2;
                    path.RemoveAt(path.Count - 1);
                    continue;
                }

                stack.Push((compound, next + 1));
                var edge = outgoing[next];
                var product = productOf(edge);
                state.TryGetValue(product, out var productState);
                if (productState == 1)
                {
                    report(edge, Describe(idOf(edge), path, product));
                }
                else if (productState == 0)
                {
                    state[product] = 1;
                    path.Add(product);
                    stack.Push((product, 0));
                }
            }
        }
    }

    private static string Describe(string closingId, List<string> path, string product)
    {
        var text = new StringBuilder();
        for (var i = path.IndexOf(product); i < path.Count; i++)
        {
            text.Append(path[i]).Append(" -> ");
        }

        return text.Append(product).Append(" (closed by transformation '").Append(closingId).Append("')").ToString();
    }
}
