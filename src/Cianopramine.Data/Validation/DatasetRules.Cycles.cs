using System.Collections.Generic;
using System.Text;

namespace Cianopramine.Data.Validation;

/// <summary>The metabolism graph rule: a cycle of transformations is suspicious (CPD0027, a warning).</summary>
internal sealed partial class DatasetRules
{
    /// <summary>
    /// Depth-first search over substrate → product edges (self-loops are CPD0026, not cycles here), in the order the
    /// transformations appear; each edge that closes a cycle is reported once, at its product.
    /// </summary>
    private void CheckMetabolismCycles()
    {
        var edges = new Dictionary<string, List<TransformationSpec>>(System.StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var t in _sections.Transformations)
        {
            if (t.Substrate.Value == t.Product.Value)
            {
                continue;
            }

            if (!edges.TryGetValue(t.Substrate.Value, out var list))
            {
                list = new List<TransformationSpec>();
                edges.Add(t.Substrate.Value, list);
                order.Add(t.Substrate.Value);
            }

            list.Add(t);
        }

        // 0 = unseen, 1 = on the current path, 2 = done.
        var state = new Dictionary<string, int>(System.StringComparer.Ordinal);
        var path = new List<string>();
        foreach (var start in order)
        {
            if (state.ContainsKey(start))
            {
                continue;
            }

            // An explicit stack of (compound, next edge index) so that long chains cannot overflow the call stack.
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
                var product = edge.Product.Value;
                state.TryGetValue(product, out var productState);
                if (productState == 1)
                {
                    ReportCycle(edge, path, product);
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

    private void ReportCycle(TransformationSpec closing, List<string> path, string product)
    {
        var text = new StringBuilder();
        for (var i = path.IndexOf(product); i < path.Count; i++)
        {
            text.Append(path[i]).Append(" -> ");
        }

        text.Append(product).Append(" (closed by transformation '").Append(closing.Id.Value).Append("')");
        Report(DiagnosticCatalogue.MetabolismCycle, closing.Product.Location, text.ToString());
    }
}
