using System.Reflection;

namespace Cianopramine.Data.Reliability;

/// <summary>
/// XML documentation ids of reflected members, to find a member's entry in the documentation file the build writes:
/// shared by the null-argument tests (core tests) and the exception-behaviour tests (generator tests).
/// </summary>
internal static class DocumentationIds
{
    /// <summary>The XML documentation id of a member (ECMA-334 annex D), of its generic definition for a member of a closed generic type.</summary>
    public static string Of(MemberInfo member)
    {
        var type = member.DeclaringType!;
        if (type.IsGenericType && member is MethodBase method)
        {
            member = MethodBase.GetMethodFromHandle(method.MethodHandle, type.GetGenericTypeDefinition().TypeHandle)!;
            type = type.GetGenericTypeDefinition();
        }

        if (member is PropertyInfo)
        {
            return "P:" + TypeName(type) + "." + member.Name;
        }

        var parameters = ((MethodBase)member).GetParameters();
        var list = parameters.Length == 0 ? string.Empty : "(" + string.Join(",", parameters.Select(p => TypeId(p.ParameterType))) + ")";
        return "M:" + TypeName(type) + "." + (member is ConstructorInfo ? "#ctor" : member.Name) + list;
    }

    private static string TypeName(Type type) => (type.DeclaringType is { } outer ? TypeName(outer) : type.Namespace) + "." + type.Name;

    private static string TypeId(Type type)
    {
        if (type.IsByRef)
        {
            return TypeId(type.GetElementType()!) + "@";
        }

        if (type.IsArray)
        {
            return TypeId(type.GetElementType()!) + "[]";
        }

        if (type.IsGenericParameter)
        {
            return "`" + type.GenericParameterPosition;
        }

        if (type.IsGenericType)
        {
            var definition = TypeName(type.GetGenericTypeDefinition());
            return definition[..definition.IndexOf('`', StringComparison.Ordinal)] + "{" + string.Join(",", type.GetGenericArguments().Select(TypeId)) + "}";
        }

        return TypeName(type);
    }
}
