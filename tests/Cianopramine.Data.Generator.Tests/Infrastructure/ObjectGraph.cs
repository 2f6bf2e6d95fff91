using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace Cianopramine.Data.Generator.Tests.Infrastructure;

/// <summary>
/// Walks an object graph through every instance field (so through every auto-property's backing field, record
/// member, <c>ValueArray</c>, array and collection) looking for Roslyn objects that must not be cached in an
/// incremental pipeline, in the manner of System.Text.Json's <c>SourceGenModelDoesNotEncapsulateSymbolsOrCompilationData</c>.
/// </summary>
internal static class ObjectGraph
{
    /// <summary>Roslyn types whose instances keep a compilation (or a whole file) alive, or change on every edit.</summary>
    public static readonly IReadOnlyList<Type> ForbiddenTypes =
    [
        typeof(ISymbol), typeof(Compilation), typeof(SemanticModel), typeof(SyntaxNode), typeof(SyntaxTree),
        typeof(AdditionalText), typeof(Location),
    ];

    /// <summary>The paths (from <c>$</c>) at which a forbidden object was found; empty when there is none.</summary>
    public static IReadOnlyList<string> FindRoslynObjects(object? root)
    {
        var found = new List<string>();
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<(object? Node, string Path)>();
        pending.Push((root, "$"));
        while (pending.Count > 0)
        {
            var (node, path) = pending.Pop();
            if (node is null)
            {
                continue;
            }

            var type = node.GetType();
            if (!type.IsValueType && !visited.Add(node))
            {
                continue;
            }

            if (ForbiddenTypes.Any(forbidden => forbidden.IsInstanceOfType(node)))
            {
                found.Add(path + " (" + type.FullName + ")");
                continue;
            }

            if (type.IsPrimitive || type.IsEnum || node is string or decimal or Type)
            {
                continue;
            }

            if (node is IEnumerable items)
            {
                var index = 0;
                foreach (var item in items)
                {
                    pending.Push((item, path + "[" + index++ + "]"));
                }

                continue;
            }

            for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
            {
                foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    pending.Push((field.GetValue(node), path + "." + field.Name));
                }
            }
        }

        return found;
    }
}
