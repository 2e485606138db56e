using System.Linq;
using BenchmarkDotNet.Running;

namespace GatewayDsl.Benchmarks;

/// <summary>Runs the benchmarks; docs/performance.md says how (<c>tests/GatewayDsl.Benchmarks/run</c>).</summary>
public static class Program
{
    /// <summary>BenchmarkDotNet's command line (<c>--filter</c>, <c>--list flat</c>, ...), plus <c>--smoke</c> to run each benchmark once, <c>--steps N</c> for <see cref="StepTimes"/>, <c>--render N</c> for <see cref="RenderTimes"/>, or <c>--build N</c> for <see cref="BuildTimes"/>.</summary>
    /// <returns>0 when every benchmark ran and passed its checks.</returns>
    public static int Main(string[] args)
    {
        if (args is ["--steps", var count, ..])
        {
            StepTimes.Print(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
            return 0;
        }

        if (args is ["--render", var renders, ..])
        {
            RenderTimes.Print(int.Parse(renders, System.Globalization.CultureInfo.InvariantCulture));
            return 0;
        }

        if (args is ["--build", var files, ..])
        {
            BuildTimes.Print(int.Parse(files, System.Globalization.CultureInfo.InvariantCulture));
            return 0;
        }

        var smoke = args.Contains("--smoke");
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly)
            .Run(args.Where(a => a != "--smoke").ToArray(), new BenchmarkConfig(smoke));
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
