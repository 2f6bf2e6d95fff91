using System.Collections.Immutable;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Cianopramine.Data.Generator.Tests.Infrastructure;

/// <summary>
/// Which exceptions can leave each public member of a compilation, read from its source: a static over-approximation
/// that the exception documentation test (<c>ExceptionDocumentationTests</c>) compares with the XML docs.
/// </summary>
/// <remarks>
/// <para>
/// A member throws what its body throws (<c>throw new X(…)</c>, <c>throw Helper(…)</c> by the helper's return type,
/// <c>X.ThrowIfNull</c>-style guards, <c>throw;</c> as the type its <c>catch</c> caught), plus, recursively, what every
/// method, constructor, property accessor, indexer and user-defined operator of the same compilation that it calls
/// throws (private and internal ones, and public ones), plus what a member of a referenced package of this repository
/// documents (its XML docs), plus a small table of framework members
/// (<see cref="FrameworkThrows"/>). An exception caught by an enclosing <c>catch</c> of the same member does not
/// leave it; a catch with a <c>when</c> filter catches only when the filter is an <c>is</c>/<c>is not</c> type pattern
/// on the caught exception that the thrown type satisfies (any other filter is assumed not to catch).
/// </para>
/// <para>
/// Not followed, by design: <see cref="ArgumentNullException"/> from a callee (a guard on the callee's own parameter:
/// whether the caller passes null through is what the reflection test <c>NullArgumentTests</c> checks by calling every
/// member with null); <see cref="System.Diagnostics.UnreachableException"/> (the library's assertion that a state
/// cannot occur, not a contract); exceptions thrown and caught inside the library; calls through interfaces and
/// delegates; framework members outside the table. Lambdas and local functions count as part of the member that holds
/// them (most run inside it, through LINQ).
/// </para>
/// </remarks>
internal sealed class ThrowAnalysis
{
    /// <summary>Framework members whose exceptions the analysis knows (by documentation id prefix, without the parameter list).</summary>
    private static readonly (string Method, string[] Exceptions)[] FrameworkThrows =
    [
        ("M:System.Threading.CancellationToken.ThrowIfCancellationRequested", ["T:System.OperationCanceledException"]),
        ("M:System.ArgumentNullException.ThrowIfNull", ["T:System.ArgumentNullException"]),
        ("M:System.ArgumentException.ThrowIfNullOrEmpty", ["T:System.ArgumentNullException", "T:System.ArgumentException"]),
        ("M:System.ArgumentException.ThrowIfNullOrWhiteSpace", ["T:System.ArgumentNullException", "T:System.ArgumentException"]),
        ("M:System.ArgumentOutOfRangeException.ThrowIf", ["T:System.ArgumentOutOfRangeException"]),
        ("M:System.ObjectDisposedException.ThrowIf", ["T:System.ObjectDisposedException"]),
        ("M:System.Text.Json.JsonDocument.Parse", ["T:System.Text.Json.JsonException"]),
        ("M:System.Math.Round(System.Double,System.Int32", ["T:System.ArgumentOutOfRangeException"]),
        ("M:System.Math.Round(System.Decimal,System.Int32", ["T:System.ArgumentOutOfRangeException"]),
        ("M:System.IO.File.ReadAll", ["T:System.IO.IOException", "T:System.UnauthorizedAccessException"]),
        ("M:System.IO.File.WriteAll", ["T:System.IO.IOException", "T:System.UnauthorizedAccessException"]),
        ("M:System.IO.File.AppendAll", ["T:System.IO.IOException", "T:System.UnauthorizedAccessException"]),
        ("M:System.IO.File.Open", ["T:System.IO.IOException", "T:System.UnauthorizedAccessException"]),
        ("M:System.IO.File.Create", ["T:System.IO.IOException", "T:System.UnauthorizedAccessException"]),
        ("M:System.IO.File.Delete", ["T:System.IO.IOException", "T:System.UnauthorizedAccessException"]),
        ("M:System.IO.File.Move", ["T:System.IO.IOException", "T:System.UnauthorizedAccessException"]),
        ("M:System.IO.File.Copy", ["T:System.IO.IOException", "T:System.UnauthorizedAccessException"]),
        ("M:System.IO.Directory.CreateDirectory", ["T:System.IO.IOException", "T:System.UnauthorizedAccessException"]),
        ("M:System.IO.Directory.Delete", ["T:System.IO.IOException", "T:System.UnauthorizedAccessException"]),
        ("M:System.IO.Directory.GetFiles", ["T:System.IO.IOException", "T:System.UnauthorizedAccessException"]),
        ("M:System.IO.Directory.EnumerateFiles", ["T:System.IO.IOException", "T:System.UnauthorizedAccessException"]),
        ("M:System.IO.Directory.GetDirectories", ["T:System.IO.IOException", "T:System.UnauthorizedAccessException"]),
        ("M:System.IO.FileStream.#ctor", ["T:System.IO.IOException", "T:System.UnauthorizedAccessException"]),
        ("M:System.IO.StreamReader.#ctor(System.String", ["T:System.IO.IOException", "T:System.UnauthorizedAccessException"]),
        ("M:System.IO.StreamWriter.#ctor(System.String", ["T:System.IO.IOException", "T:System.UnauthorizedAccessException"]),
    ];

    private const string OperationCanceled = "T:System.OperationCanceledException";
    private const string ArgumentNull = "T:System.ArgumentNullException";
    private const string Unreachable = "T:System.Diagnostics.UnreachableException";
    private static readonly HashSet<string> ArgumentExceptions = new(StringComparer.Ordinal) { "T:System.ArgumentException", "T:System.ArgumentOutOfRangeException" };

    private readonly Compilation _compilation;
    private readonly Func<string, IReadOnlyCollection<string>?> _documented;
    private readonly IReadOnlyDictionary<(string Method, string Exception), string> _cannotHappen;
    private readonly HashSet<(string Method, string Exception)> _used = [];
    private readonly Dictionary<IMethodSymbol, Facts> _facts = new(SymbolEqualityComparer.Default);
    private Dictionary<IMethodSymbol, Dictionary<string, string>>? _closure;
    private readonly HashSet<(IMethodSymbol Method, string Exception)> _aboutArguments = new(MethodAndId.Instance);

    /// <param name="compilation">The package's source, compiled against its references.</param>
    /// <param name="documented">
    /// The exceptions documented on a member, by documentation id (<c>T:…</c> crefs), or <see langword="null"/> when the
    /// member has no documentation: the XML docs of the package and of this repository's packages it references.
    /// </param>
    /// <param name="cannotHappen">
    /// Exceptions that cannot leave a method although the analysis finds a path (by the method's documentation id and
    /// the exception's, each with the reason): a throw that asserts the library's own invariant (reached only through
    /// a bug of the library, never through a caller's input or data that loads), or a call the method makes only
    /// after checking what the callee would reject. They are removed from that method's set, and so from its callers'.
    /// </param>
    public ThrowAnalysis(Compilation compilation, Func<string, IReadOnlyCollection<string>?> documented, IReadOnlyDictionary<(string Method, string Exception), string>? cannotHappen = null)
    {
        _compilation = compilation;
        _documented = documented;
        _cannotHappen = cannotHappen ?? new Dictionary<(string, string), string>();
    }

    /// <summary>The entries of the table given to the constructor that removed nothing (stale: the path they cut is gone).</summary>
    public IEnumerable<(string Method, string Exception)> UnusedEntries()
    {
        _closure ??= Close();
        return _cannotHappen.Keys.Where(entry => !_used.Contains(entry));
    }

    /// <summary>Whether the table says the exception cannot leave the method; an entry whose method id ends with <c>*</c> covers every id it starts.</summary>
    private bool CannotHappen(string methodId, string exceptionId)
    {
        foreach (var entry in _cannotHappen.Keys)
        {
            if (entry.Exception == exceptionId
                && (entry.Method == methodId || (entry.Method.EndsWith('*') && methodId.StartsWith(entry.Method[..^1], StringComparison.Ordinal))))
            {
                _used.Add(entry);
                return true;
            }
        }

        return false;
    }

    /// <summary>The public and protected members of the compilation's effectively public types, with the methods that make them up (a property's accessors).</summary>
    public IEnumerable<(ISymbol Member, ImmutableArray<IMethodSymbol> Methods)> PublicMembers()
    {
        foreach (var type in AllTypes(_compilation.Assembly.GlobalNamespace).Where(IsVisible))
        {
            foreach (var member in type.GetMembers())
            {
                if (member.IsImplicitlyDeclared || !IsVisibleMember(member) || member.DeclaringSyntaxReferences.IsEmpty)
                {
                    continue;
                }

                switch (member)
                {
                    case IMethodSymbol method when method.AssociatedSymbol is null:
                        yield return (member, [method]);
                        break;
                    case IPropertySymbol property:
                        yield return (member, new[] { property.GetMethod, property.SetMethod }.OfType<IMethodSymbol>().Where(m => IsVisibleMember(m) && !m.IsImplicitlyDeclared).ToImmutableArray());
                        break;
                }
            }
        }
    }

    /// <summary>The exceptions that can leave one method (source methods of the compilation).</summary>
    public IReadOnlyDictionary<string, string> ThrownBy(IMethodSymbol method)
    {
        _closure ??= Close();
        return _closure.TryGetValue(method.OriginalDefinition, out var set) ? set : new Dictionary<string, string>();
    }

    /// <summary>The documentation id of a type, <c>T:Namespace.Name</c>.</summary>
    public static string IdOf(ITypeSymbol type) => type.OriginalDefinition.GetDocumentationCommentId() ?? type.ToDisplayString();

    /// <summary>Whether <paramref name="thrown"/> is, or derives from, one of <paramref name="documented"/> (other than <see cref="Exception"/> and <see cref="SystemException"/>, which say nothing).</summary>
    public bool IsCovered(string thrown, IReadOnlyCollection<string> documented)
    {
        if (documented.Contains(thrown))
        {
            return true;
        }

        var type = TypeById(thrown);
        for (var t = type?.BaseType; t is not null && t.SpecialType != SpecialType.System_Object; t = t.BaseType)
        {
            var id = IdOf(t);
            if (id is "T:System.Exception" or "T:System.SystemException")
            {
                break;
            }

            if (documented.Contains(id))
            {
                return true;
            }
        }

        return false;
    }

    private INamedTypeSymbol? TypeById(string id) =>
        DocumentationCommentId.GetFirstSymbolForDeclarationId(id, _compilation) as INamedTypeSymbol;

    private static IEnumerable<INamedTypeSymbol> AllTypes(INamespaceSymbol ns)
    {
        foreach (var type in ns.GetTypeMembers())
        {
            foreach (var nested in WithNested(type))
            {
                yield return nested;
            }
        }

        foreach (var child in ns.GetNamespaceMembers())
        {
            foreach (var type in AllTypes(child))
            {
                yield return type;
            }
        }
    }

    private static IEnumerable<INamedTypeSymbol> WithNested(INamedTypeSymbol type)
    {
        yield return type;
        foreach (var nested in type.GetTypeMembers().SelectMany(WithNested))
        {
            yield return nested;
        }
    }

    private static bool IsVisible(INamedTypeSymbol type)
    {
        for (ISymbol? t = type; t is INamedTypeSymbol named; t = t.ContainingType)
        {
            if (named.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsVisibleMember(ISymbol member) =>
        member.DeclaredAccessibility is Accessibility.Public
        || (member.DeclaredAccessibility is Accessibility.Protected or Accessibility.ProtectedOrInternal && !member.ContainingType.IsSealed);

    /// <summary>What one method's own body throws, and the calls it makes, each with the try blocks around it.</summary>
    private sealed class Facts
    {
        /// <summary>The throws; <c>AboutArguments</c>: thrown because of an argument (an argument exception, a number format string).</summary>
        public List<(string ExceptionId, string Where, Catchers Catchers, bool AboutArguments)> Throws { get; } = [];

        /// <summary>The calls; <c>PassesParameters</c>: whether an argument (or the receiver) uses a parameter of the calling method.</summary>
        public List<(IMethodSymbol Callee, string Where, Catchers Catchers, bool PassesParameters)> Calls { get; } = [];
    }

    /// <summary>The catch clauses, innermost first, that enclose a throw or a call within its member.</summary>
    private sealed class Catchers(List<(CatchClauseSyntax Clause, SemanticModel Model)> clauses)
    {
        public static readonly Catchers None = new([]);

        public bool Catch(string exceptionId, Func<string, INamedTypeSymbol?> typeById)
        {
            var thrown = typeById(exceptionId);
            foreach (var (clause, model) in clauses)
            {
                var caught = clause.Declaration is null ? null : model.GetTypeInfo(clause.Declaration.Type).Type;
                if (caught is not null && !DerivesFrom(thrown, caught))
                {
                    continue;
                }

                if (clause.Filter is null || FilterAccepts(clause, model, thrown))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool FilterAccepts(CatchClauseSyntax clause, SemanticModel model, INamedTypeSymbol? thrown)
        {
            var variable = clause.Declaration?.Identifier.ValueText;
            if (variable is not null && thrown is not null && clause.Filter!.FilterExpression is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.IsExpression, Left: IdentifierNameSyntax tested } isType
                && tested.Identifier.ValueText == variable && model.GetTypeInfo(isType.Right).Type is { } type)
            {
                return DerivesFrom(thrown, type);
            }

            if (variable is null || thrown is null || clause.Filter!.FilterExpression is not IsPatternExpressionSyntax { Expression: IdentifierNameSyntax name } test
                || name.Identifier.ValueText != variable)
            {
                return false;
            }

            return Matches(test.Pattern, model, thrown) ?? false;
        }

        /// <summary>Whether an exception of type <paramref name="thrown"/> matches a type pattern; null when the pattern is not one this reads.</summary>
        private static bool? Matches(PatternSyntax pattern, SemanticModel model, INamedTypeSymbol thrown)
        {
            switch (pattern)
            {
                case TypePatternSyntax type:
                    return model.GetTypeInfo(type.Type).Type is { } typeOfPattern ? DerivesFrom(thrown, typeOfPattern) : null;
                case ConstantPatternSyntax constant when model.GetSymbolInfo(constant.Expression).Symbol is ITypeSymbol named:
                    return DerivesFrom(thrown, named);
                case DeclarationPatternSyntax declaration:
                    return model.GetTypeInfo(declaration.Type).Type is { } d ? DerivesFrom(thrown, d) : null;
                case ParenthesizedPatternSyntax parenthesized:
                    return Matches(parenthesized.Pattern, model, thrown);
                case UnaryPatternSyntax { OperatorToken.RawKind: (int)SyntaxKind.NotKeyword } not:
                    return !Matches(not.Pattern, model, thrown);
                case BinaryPatternSyntax binary:
                    var left = Matches(binary.Left, model, thrown);
                    var right = Matches(binary.Right, model, thrown);
                    if (left is null || right is null)
                    {
                        return null;
                    }

                    return binary.OperatorToken.IsKind(SyntaxKind.OrKeyword) ? left.Value || right.Value : left.Value && right.Value;
                default:
                    return null;
            }
        }
    }

    private static bool DerivesFrom(ITypeSymbol? type, ITypeSymbol baseType)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(t.OriginalDefinition, baseType.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The fixed point: every source method's set of escaping exceptions, with the first path found to each.</summary>
    private Dictionary<IMethodSymbol, Dictionary<string, string>> Close()
    {
        foreach (var tree in _compilation.SyntaxTrees)
        {
            var model = _compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                if (node is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or PropertyDeclarationSyntax { ExpressionBody: not null }
                    or IndexerDeclarationSyntax { ExpressionBody: not null }
                    && model.GetDeclaredSymbol(node) is { } declared)
                {
                    var method = declared switch
                    {
                        IMethodSymbol m => m,
                        IPropertySymbol p => p.GetMethod,
                        _ => null,
                    };
                    if (method is not null)
                    {
                        Collect(method.OriginalDefinition, node, model);
                    }
                }
                else if (node is TypeDeclarationSyntax { ParameterList: { } parameters } type && model.GetDeclaredSymbol(node) is INamedTypeSymbol named
                    && named.InstanceConstructors.FirstOrDefault(c => !c.IsImplicitlyDeclared && c.Parameters.Length == parameters.Parameters.Count
                        && c.DeclaringSyntaxReferences.Any(r => r.GetSyntax() == node)) is { } primary)
                {
                    // A primary constructor runs the instance field and property initializers and the base constructor call.
                    foreach (var part in type.Members.SelectMany(InstanceInitializers).Append<SyntaxNode?>(type.BaseList).OfType<SyntaxNode>())
                    {
                        Collect(primary.OriginalDefinition, part, model);
                    }
                }
            }
        }

        var closure = new Dictionary<IMethodSymbol, Dictionary<string, string>>(SymbolEqualityComparer.Default);
        foreach (var (method, facts) in _facts)
        {
            var set = new Dictionary<string, string>(StringComparer.Ordinal);
            var methodId = method.GetDocumentationCommentId() ?? string.Empty;
            foreach (var (id, where, catchers, aboutArguments) in facts.Throws)
            {
                if (id != Unreachable && !catchers.Catch(id, TypeById) && !CannotHappen(methodId, id))
                {
                    if (set.TryAdd(id, where) && aboutArguments)
                    {
                        _aboutArguments.Add((method, id));
                    }
                    else if (!aboutArguments)
                    {
                        _aboutArguments.Remove((method, id));
                    }
                }
            }

            closure[method] = set;
        }

        bool changed;
        do
        {
            changed = false;
            foreach (var (method, facts) in _facts)
            {
                var set = closure[method];
                var methodId = method.GetDocumentationCommentId() ?? string.Empty;
                foreach (var (callee, where, catchers, passesParameters) in facts.Calls)
                {
                    foreach (var (id, why, aboutArguments) in CalleeThrows(callee, closure))
                    {
                        // An exception about the callee's arguments reaches the caller's caller only when the caller
                        // passes on what it was given. A value the library computes itself (an index within bounds, a
                        // constant) that a callee rejects would be the library's own bug, not the caller's.
                        if ((aboutArguments && !passesParameters) || id == ArgumentNull || id == Unreachable || catchers.Catch(id, TypeById))
                        {
                            continue;
                        }

                        if (!set.ContainsKey(id))
                        {
                            if (CannotHappen(methodId, id))
                            {
                                continue;
                            }

                            set[id] = where + " calls " + callee.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat) + ": " + why;
                            if (aboutArguments)
                            {
                                _aboutArguments.Add((method, id));
                            }

                            changed = true;
                        }
                        else if (!aboutArguments && _aboutArguments.Remove((method, id)))
                        {
                            // Also reached in a way that does not depend on the arguments: it counts whatever is passed.
                            set[id] = where + " calls " + callee.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat) + ": " + why;
                            changed = true;
                        }
                    }
                }
            }
        }
        while (changed);

        return closure;
    }

    private IEnumerable<(string Id, string Why, bool AboutArguments)> CalleeThrows(IMethodSymbol callee, Dictionary<IMethodSymbol, Dictionary<string, string>> closure)
    {
        var definition = callee.OriginalDefinition;
        var inSource = closure.TryGetValue(definition, out var set);
        if (inSource)
        {
            foreach (var (id, why) in set!)
            {
                yield return (id, why, _aboutArguments.Contains((definition, id)));
            }
        }

        var docId = DocumentationIdOf(definition);
        if (docId is null)
        {
            yield break;
        }

        // A member of a referenced package of this repository (the core, called by a companion package): what its
        // docs promise. A member of this package is read from its source instead: its docs also name exceptions of
        // overloads and parameters this caller does not use (OperationCanceledException of a token it does not pass).
        if (!inSource && _documented(docId) is { } documented)
        {
            foreach (var id in documented)
            {
                yield return (id, "documented on " + docId, ArgumentExceptions.Contains(id));
            }
        }

        foreach (var (prefix, exceptions) in FrameworkThrows)
        {
            if (docId.StartsWith(prefix, StringComparison.Ordinal))
            {
                foreach (var id in exceptions)
                {
                    yield return (id, "the framework's " + docId, ArgumentExceptions.Contains(id));
                }
            }
        }
    }

    /// <summary>The documentation id of a method, or of the property or event it is an accessor of (where the docs are).</summary>
    private static string? DocumentationIdOf(IMethodSymbol method) =>
        (method.AssociatedSymbol ?? method).OriginalDefinition.GetDocumentationCommentId();

    private static IEnumerable<SyntaxNode> InstanceInitializers(MemberDeclarationSyntax member) => member switch
    {
        FieldDeclarationSyntax field when !field.Modifiers.Any(SyntaxKind.StaticKeyword) && !field.Modifiers.Any(SyntaxKind.ConstKeyword) =>
            field.Declaration.Variables.Select(v => v.Initializer).OfType<SyntaxNode>(),
        PropertyDeclarationSyntax { Initializer: { } initializer } property when !property.Modifiers.Any(SyntaxKind.StaticKeyword) => [initializer],
        _ => [],
    };

    private void Collect(IMethodSymbol method, SyntaxNode declaration, SemanticModel model)
    {
        if (!_facts.TryGetValue(method, out var facts))
        {
            _facts[method] = facts = new Facts();
        }

        foreach (var node in declaration.DescendantNodesAndSelf())
        {
            switch (node)
            {
                case ThrowStatementSyntax { Expression: null } rethrow:
                    if (rethrow.FirstAncestorOrSelf<CatchClauseSyntax>() is { } clause)
                    {
                        var caught = clause.Declaration is null ? null : model.GetTypeInfo(clause.Declaration.Type).Type;
                        facts.Throws.Add((caught is null ? "T:System.Exception" : IdOf(caught), Where(node), CatchersOf(node, declaration, model), false));
                    }

                    break;
                case ThrowStatementSyntax { Expression: { } thrown }:
                    AddThrow(facts, thrown, node, declaration, model);
                    break;
                case ThrowExpressionSyntax thrown:
                    AddThrow(facts, thrown.Expression, node, declaration, model);
                    break;
                case CheckedExpressionSyntax { RawKind: (int)SyntaxKind.CheckedExpression }:
                    facts.Throws.Add(("T:System.OverflowException", Where(node) + " (checked arithmetic)", CatchersOf(node, declaration, model), false));
                    break;
                case SwitchExpressionSyntax switchExpression when !switchExpression.Arms.Any(a => a.WhenClause is null && a.Pattern is DiscardPatternSyntax or VarPatternSyntax):
                    // No arm for every value: an unmatched value (an undefined enum value, say) throws SwitchExpressionException.
                    facts.Throws.Add(("T:System.Runtime.CompilerServices.SwitchExpressionException", Where(node) + " (a switch expression with no catch-all arm)", CatchersOf(node, declaration, model), false));
                    break;
                case InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax or ConstructorInitializerSyntax or PrimaryConstructorBaseTypeSyntax
                    or BinaryExpressionSyntax or PrefixUnaryExpressionSyntax or CastExpressionSyntax:
                    if (Resolve(model, node) is IMethodSymbol { MethodKind: not MethodKind.BuiltinOperator } callee && !IsExceptionConstruction(callee))
                    {
                        AddCall(facts, callee, node, declaration, model);
                    }

                    break;
                case IdentifierNameSyntax or MemberAccessExpressionSyntax or ElementAccessExpressionSyntax or ElementBindingExpressionSyntax or MemberBindingExpressionSyntax:
                    if (node is IdentifierNameSyntax && node.Parent is MemberAccessExpressionSyntax access && access.Name == node)
                    {
                        break;   // the member access itself is visited
                    }

                    if (Resolve(model, node) is IPropertySymbol property)
                    {
                        var accessor = IsAssigned(node) ? property.SetMethod : property.GetMethod;
                        if (accessor is not null)
                        {
                            AddCall(facts, accessor, node, declaration, model);
                        }
                    }

                    break;
            }
        }
    }

    private static bool IsExceptionConstruction(IMethodSymbol callee) =>
        callee.MethodKind == MethodKind.Constructor && IsException(callee.ContainingType);

    private static bool IsException(ITypeSymbol type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (t.ToDisplayString() == "System.Exception")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAssigned(SyntaxNode node) =>
        node.Parent is AssignmentExpressionSyntax assignment && assignment.Left == node
        || node.Parent is MemberAccessExpressionSyntax parent && parent.Name == node && IsAssigned(parent);

    private static ISymbol? Resolve(SemanticModel model, SyntaxNode node)
    {
        var info = model.GetSymbolInfo(node);
        return info.Symbol ?? (info.CandidateSymbols.Length == 1 ? info.CandidateSymbols[0] : null);
    }

    private void AddThrow(Facts facts, ExpressionSyntax thrown, SyntaxNode node, SyntaxNode declaration, SemanticModel model)
    {
        var type = model.GetTypeInfo(thrown).Type;
        var id = type is null or IErrorTypeSymbol ? "?" + thrown : IdOf(type);
        facts.Throws.Add((id, Where(node), CatchersOf(node, declaration, model), ArgumentExceptions.Contains(id)));
        if (thrown is InvocationExpressionSyntax && Resolve(model, thrown) is IMethodSymbol helper)
        {
            // throw Helper(...): the helper builds the exception; what it throws itself counts too.
            AddCall(facts, helper, thrown, declaration, model);
        }
    }

    private void AddCall(Facts facts, IMethodSymbol callee, SyntaxNode node, SyntaxNode declaration, SemanticModel model)
    {
        var catchers = CatchersOf(node, declaration, model);
        var reduced = callee.ReducedFrom is not null;
        callee = (callee.ReducedFrom ?? callee).OriginalDefinition;
        facts.Calls.Add((callee, Where(node), catchers, PassesParameters(node, reduced, model)));

        // A number formatted with a format string that is not a constant (the caller's): an invalid one is a FormatException.
        if (callee.Name == nameof(ToString) && callee.ContainingType.SpecialType is SpecialType.System_Decimal or SpecialType.System_Double or SpecialType.System_Single
                or SpecialType.System_Int32 or SpecialType.System_Int64
            && callee.Parameters.FirstOrDefault()?.Type.SpecialType == SpecialType.System_String
            && ArgumentsOf(node).FirstOrDefault() is { } format && UsesParameters(format.Expression, model))
        {
            facts.Throws.Add(("T:System.FormatException", Where(node) + " formats a number with the caller's format string", catchers, true));
        }

        // A framework method given the caller's cancellation token throws OperationCanceledException when it is cancelled.
        if (!SymbolEqualityComparer.Default.Equals(callee.ContainingAssembly, _compilation.Assembly)
            && node is InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax
            && ArgumentsOf(node).Any(a => model.GetTypeInfo(a.Expression).Type?.ToDisplayString() == "System.Threading.CancellationToken"
                && a.Expression is not (LiteralExpressionSyntax or DefaultExpressionSyntax)))
        {
            facts.Throws.Add((OperationCanceled, Where(node) + " passes a cancellation token to " + callee.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat), catchers, false));
        }
    }

    /// <summary>
    /// Whether the expression uses a parameter of the method it is in (not of a lambda in it): an argument the caller
    /// passes on. For a call, its arguments and its receiver; for a property set, the value assigned.
    /// </summary>
    private static bool UsesParameters(SyntaxNode node, SemanticModel model)
    {
        return node.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(identifier =>
            model.GetSymbolInfo(identifier).Symbol is IParameterSymbol { ContainingSymbol: IMethodSymbol { MethodKind: not (MethodKind.AnonymousFunction or MethodKind.LocalFunction) } });
    }

    /// <summary>
    /// Whether a call passes one of the calling method's parameters: in an argument, in the value a setter is given,
    /// in an operand, or as the receiver of an extension method (its first argument). The receiver of an instance
    /// member is not an argument: an argument exception is about the callee's parameters.
    /// </summary>
    private static bool PassesParameters(SyntaxNode node, bool extension, SemanticModel model)
    {
        if (IsAssigned(node) && node.FirstAncestorOrSelf<AssignmentExpressionSyntax>() is { } assignment)
        {
            return UsesParameters(assignment.Right, model);
        }

        return node switch
        {
            InvocationExpressionSyntax invocation => invocation.ArgumentList.Arguments.Any(a => UsesParameters(a, model))
                || (extension && invocation.Expression is MemberAccessExpressionSyntax access && UsesParameters(access.Expression, model)),
            ElementAccessExpressionSyntax element => element.ArgumentList.Arguments.Any(a => UsesParameters(a, model)),
            BaseObjectCreationExpressionSyntax { ArgumentList: { } list } => list.Arguments.Any(a => UsesParameters(a, model)),
            ConstructorInitializerSyntax initializer => initializer.ArgumentList.Arguments.Any(a => UsesParameters(a, model)),
            PrimaryConstructorBaseTypeSyntax primary => primary.ArgumentList.Arguments.Any(a => UsesParameters(a, model)),
            BinaryExpressionSyntax or PrefixUnaryExpressionSyntax or CastExpressionSyntax => UsesParameters(node, model),
            _ => false,
        };
    }

    private static IEnumerable<ArgumentSyntax> ArgumentsOf(SyntaxNode node) => node switch
    {
        InvocationExpressionSyntax invocation => invocation.ArgumentList.Arguments,
        BaseObjectCreationExpressionSyntax { ArgumentList: { } list } => list.Arguments,
        _ => [],
    };

    private static Catchers CatchersOf(SyntaxNode node, SyntaxNode declaration, SemanticModel model)
    {
        List<(CatchClauseSyntax, SemanticModel)>? clauses = null;
        SyntaxNode child = node;
        for (var parent = node.Parent; parent is not null && child != declaration; child = parent, parent = parent.Parent)
        {
            if (parent is TryStatementSyntax tryStatement && child == tryStatement.Block)
            {
                clauses ??= [];
                clauses.AddRange(tryStatement.Catches.Select(c => (c, model)));
            }
        }

        return clauses is null ? Catchers.None : new Catchers(clauses);
    }

    private static string Where(SyntaxNode node)
    {
        var span = node.GetLocation().GetLineSpan();
        return Path.GetFileName(span.Path) + ":" + (span.StartLinePosition.Line + 1);
    }

    /// <summary>The documented exceptions of every member in an XML documentation file, by member id.</summary>
    public static Dictionary<string, IReadOnlyCollection<string>> ReadDocumentation(string path) => ReadDocumentation(XDocument.Load(path));

    /// <summary>The documented exceptions of every member in an XML documentation file, by member id.</summary>
    public static Dictionary<string, IReadOnlyCollection<string>> ReadDocumentation(Stream stream) => ReadDocumentation(XDocument.Load(stream));

    private static Dictionary<string, IReadOnlyCollection<string>> ReadDocumentation(XDocument document) =>
        document.Descendants("member").ToDictionary(
            m => (string)m.Attribute("name")!,
            m => (IReadOnlyCollection<string>)m.Elements("exception").Select(e => (string?)e.Attribute("cref")).OfType<string>().ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);

    private sealed class MethodAndId : IEqualityComparer<(IMethodSymbol Method, string Exception)>
    {
        public static readonly MethodAndId Instance = new();

        public bool Equals((IMethodSymbol Method, string Exception) x, (IMethodSymbol Method, string Exception) y) =>
            SymbolEqualityComparer.Default.Equals(x.Method, y.Method) && x.Exception == y.Exception;

        public int GetHashCode((IMethodSymbol Method, string Exception) obj) =>
            HashCode.Combine(SymbolEqualityComparer.Default.GetHashCode(obj.Method), obj.Exception);
    }
}
