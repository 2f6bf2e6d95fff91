using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Xunit.Abstractions;

namespace Cianopramine.Data.Tests.Platform;

/// <summary>
/// The test suite runs twice, once per target framework of the library (docs/quality.md, "What CI tests"): the net8.0
/// build of the tests runs the net8.0 build of the library on the .NET 8 runtime (self-contained, so no installed
/// .NET 8 is needed), and the net10.0 build runs the net10.0 library on .NET 10. These tests fail if either run
/// silently lands on another runtime or another build of the library (for example by rolling forward).
/// </summary>
public sealed class TargetRuntimeTests(ITestOutputHelper output)
{
#if NET10_0
    private const int ExpectedMajor = 10;
    private const string ExpectedFramework = ".NETCoreApp,Version=v10.0";
#elif NET8_0
    private const int ExpectedMajor = 8;
    private const string ExpectedFramework = ".NETCoreApp,Version=v8.0";
#else
#error Add the expectations for this target framework.
#endif

    [Fact]
    public void The_tests_run_on_the_runtime_of_the_target_framework_they_were_built_for()
    {
        output.WriteLine($"{RuntimeInformation.FrameworkDescription} (Environment.Version {Environment.Version}) at {RuntimeEnvironment.GetRuntimeDirectory()}");

        Environment.Version.Major.Should().Be(ExpectedMajor);
        RuntimeInformation.FrameworkDescription.Should().StartWith($".NET {ExpectedMajor}.");
    }

    [Fact]
    public void The_library_under_test_is_its_build_for_the_same_target_framework()
    {
        var library = typeof(Dataset).Assembly;

        library.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName.Should().Be(ExpectedFramework);
        Path.GetDirectoryName(library.Location).Should().Be(Path.GetDirectoryName(typeof(TargetRuntimeTests).Assembly.Location));
    }
}
