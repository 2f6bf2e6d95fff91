using Cianopramine.Data.Model;

namespace Cianopramine.Data.Generator.Emitting;

/// <summary>
/// Everything the emitter writes for one dataset, and nothing else: names, the content hash and the compact data. It
/// holds no source positions and no Roslyn objects, and is equal whenever the generated file would be, so an edit
/// that does not change the data (a line inserted above a fact, a comment) leaves the output step cached.
/// </summary>
/// <param name="Namespace">The generated type's namespace.</param>
/// <param name="TypeName">The generated type's name.</param>
/// <param name="FileNames">The data files' names, for the header comment.</param>
/// <param name="Title">The dataset's title, for the type's documentation.</param>
/// <param name="Version">The dataset's version, for the type's documentation.</param>
/// <param name="ContentHash">The SHA-256 of the data's canonical form.</param>
/// <param name="Data">The items in the compact form.</param>
/// <param name="StringTable">The string table's header.</param>
/// <param name="StringBlocks">The string table's UTF-8 blocks.</param>
/// <param name="ReferenceLists">The distinct lists of references.</param>
internal sealed record EmitModel(
    string Namespace,
    string TypeName,
    string FileNames,
    string Title,
    string Version,
    string ContentHash,
    string Data,
    string StringTable,
    ValueArray<string> StringBlocks,
    string ReferenceLists)
{
    /// <summary>The hint name of the generated file.</summary>
    public string HintName => Namespace + "." + TypeName + ".g.cs";
}
