using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace GatewayDsl.Benchmarks;

/// <summary>
/// The one configuration of every benchmark (docs/performance.md): BenchmarkDotNet's defaults (exporters: GitHub
/// markdown, CSV, HTML) plus the median and the min–max next to the mean, and a short job: 1 launch, 3 warm-up and
/// 7 measured iterations, so that the whole suite takes minutes on a 2-core machine. <c>--smoke</c> runs each benchmark
/// once instead (BenchmarkDotNet's dry job), to check that every benchmark runs and passes its checks.
/// </summary>
/// <remarks>
/// The job runs in process (<see cref="InProcessEmitToolchain"/>): the default toolchain builds a generated project that
/// rebuilds the whole solution, which takes minutes on a busy 2-core machine and timed out; the benchmarks measure
/// milliseconds of work where in-process hosting is accurate, and one process keeps the generator loaded and its
/// templates parsed, as the compiler server (VBCSCompiler) and the IDE do.
/// </remarks>
public sealed class BenchmarkConfig : ManualConfig
{
    /// <summary>Creates the configuration; <paramref name="smoke"/> runs each benchmark once.</summary>
    public BenchmarkConfig(bool smoke)
    {
        Add(DefaultConfig.Instance);
        var job = smoke ? Job.Dry : Job.ShortRun.WithWarmupCount(3).WithIterationCount(7);
        AddJob(job.WithToolchain(InProcessEmitToolchain.Instance).WithId(smoke ? "Smoke" : "Short"));
        AddColumn(StatisticColumn.Median, StatisticColumn.Min, StatisticColumn.Max);
        SummaryStyle = SummaryStyle.Default.WithRatioStyle(RatioStyle.Percentage);
    }
}
