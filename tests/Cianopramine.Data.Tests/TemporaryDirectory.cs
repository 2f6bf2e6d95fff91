namespace Cianopramine.Data.Tests;

/// <summary>
/// A new, empty directory under the system's temporary folder, deleted with everything in it on dispose. Tests that
/// write files use it so that a run (and a mutation run, which starts the tests thousands of times) leaves nothing
/// behind.
/// </summary>
internal sealed class TemporaryDirectory : IDisposable
{
    public TemporaryDirectory() => Path = Directory.CreateTempSubdirectory("cianopramine-tests-").FullName;

    /// <summary>The directory's full path.</summary>
    public string Path { get; }

    /// <summary>The full path of <paramref name="fileName"/> in the directory.</summary>
    public string File(string fileName) => System.IO.Path.Combine(Path, fileName);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
