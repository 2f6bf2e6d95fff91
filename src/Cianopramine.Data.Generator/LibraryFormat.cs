using Microsoft.CodeAnalysis;

namespace Cianopramine.Data.Generator;

/// <summary>
/// The data format that the project's Cianopramine.Data library reads: the constant
/// <c>GeneratedDatasets.DataFormatVersion</c>, read from the compilation's references (or its own source, when the
/// project is the library). Generated code calls that library, so a generator and a library of different releases
/// would compile and then misread the data; CPD0032 stops the build instead.
/// </summary>
internal static class LibraryFormat
{
    /// <summary>The metadata name of the library's entry point for generated code.</summary>
    public const string EntryPoint = "Cianopramine.Data.Embedding.GeneratedDatasets";

    /// <summary>The version the library reads; 0 when the library is missing or older than the version check.</summary>
    /// <param name="compilation">The project's compilation.</param>
    /// <returns>The version, or 0.</returns>
    public static int Of(Compilation compilation)
    {
        if (compilation.GetTypeByMetadataName(EntryPoint) is not { } type)
        {
            return 0;
        }

        foreach (var member in type.GetMembers("DataFormatVersion"))
        {
            if (member is IFieldSymbol { HasConstantValue: true, ConstantValue: int version })
            {
                return version;
            }
        }

        return 0;
    }

    /// <summary>What is wrong with the library, in words, or <see langword="null"/> when it reads this generator's format.</summary>
    /// <param name="libraryVersion">What <see cref="Of"/> found.</param>
    /// <param name="generatorVersion">The format this generator writes.</param>
    /// <returns>The problem, or <see langword="null"/>.</returns>
    public static string? Problem(int libraryVersion, int generatorVersion) => libraryVersion switch
    {
        _ when libraryVersion == generatorVersion => null,
        0 => "This project does not reference a Cianopramine.Data library that reads generated datasets (it references none, or one older than this generator), but the generated code calls it",
        _ => "The Cianopramine.Data library this project references reads data format " + libraryVersion +
             ", but this generator writes format " + generatorVersion,
    };
}
