using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace BorderMap.App.Tests;

/// <summary>
/// A fixture that can say what its running app and browser showed when a test of its class failed: a wait that
/// timed out says only what it waited for, not why it never came.
/// </summary>
public interface IExplainsFailures
{
    /// <summary>A test of the class starts: what is explained from now on is its own.</summary>
    void TestStarting();

    /// <summary>What the app and the pages showed, to add to a failed test's message.</summary>
    string Explain();
}

/// <summary>
/// xUnit's own framework, but a failed test whose class takes an <see cref="IExplainsFailures"/> fixture gets the
/// fixture's explanation added to its message (in the console, the trx and the IDE alike). xUnit 2 gives a fixture no
/// word of its tests' outcomes; the runner of a test class sees both the fixture and the failure, so it is the one
/// replaced here, and the runners above it only to reach it.
/// </summary>
public sealed class FailureContext(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkExecutor CreateExecutor(AssemblyName assemblyName) =>
        new Executor(assemblyName, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Executor(AssemblyName assemblyName, ISourceInformationProvider sourceInformation, IMessageSink diagnostics)
        : XunitTestFrameworkExecutor(assemblyName, sourceInformation, diagnostics)
    {
        protected override async void RunTestCases(IEnumerable<IXunitTestCase> testCases, IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions)
        {
            using var runner = new AssemblyRunner(TestAssembly, testCases, DiagnosticMessageSink, executionMessageSink, executionOptions);
            await runner.RunAsync();
        }
    }

    private sealed class AssemblyRunner(ITestAssembly assembly, IEnumerable<IXunitTestCase> testCases, IMessageSink diagnostics, IMessageSink execution, ITestFrameworkExecutionOptions options)
        : XunitTestAssemblyRunner(assembly, testCases, diagnostics, execution, options)
    {
        protected override Task<RunSummary> RunTestCollectionAsync(IMessageBus messageBus, ITestCollection testCollection, IEnumerable<IXunitTestCase> testCases, CancellationTokenSource cancellationTokenSource) =>
            new CollectionRunner(testCollection, testCases, DiagnosticMessageSink, messageBus, TestCaseOrderer, new ExceptionAggregator(Aggregator), cancellationTokenSource).RunAsync();
    }

    private sealed class CollectionRunner(ITestCollection collection, IEnumerable<IXunitTestCase> testCases, IMessageSink diagnostics, IMessageBus bus, ITestCaseOrderer orderer, ExceptionAggregator aggregator, CancellationTokenSource cancel)
        : XunitTestCollectionRunner(collection, testCases, diagnostics, bus, orderer, aggregator, cancel)
    {
        protected override Task<RunSummary> RunTestClassAsync(ITestClass testClass, IReflectionTypeInfo @class, IEnumerable<IXunitTestCase> testCases) =>
            new ClassRunner(testClass, @class, testCases, DiagnosticMessageSink, MessageBus, TestCaseOrderer, new ExceptionAggregator(Aggregator), CancellationTokenSource, CollectionFixtureMappings).RunAsync();
    }

    private sealed class ClassRunner(ITestClass testClass, IReflectionTypeInfo @class, IEnumerable<IXunitTestCase> testCases, IMessageSink diagnostics, IMessageBus bus, ITestCaseOrderer orderer, ExceptionAggregator aggregator, CancellationTokenSource cancel, IDictionary<Type, object> collectionFixtures)
        : XunitTestClassRunner(testClass, @class, testCases, diagnostics, bus, orderer, aggregator, cancel, collectionFixtures)
    {
        protected override Task<RunSummary> RunTestMethodAsync(ITestMethod testMethod, IReflectionMethodInfo method, IEnumerable<IXunitTestCase> testCases, object[] constructorArguments)
        {
            var explainer = constructorArguments.OfType<IExplainsFailures>().FirstOrDefault();
            var messages = explainer is null ? MessageBus : new ExplainingBus(MessageBus, explainer);
            return new XunitTestMethodRunner(testMethod, Class, method, testCases, DiagnosticMessageSink, messages, new ExceptionAggregator(Aggregator), CancellationTokenSource, constructorArguments).RunAsync();
        }
    }

    /// <summary>Passes every message on; a test's start resets the explanation, a test's failure carries it.</summary>
    private sealed class ExplainingBus(IMessageBus inner, IExplainsFailures explainer) : IMessageBus
    {
        public bool QueueMessage(IMessageSinkMessage message)
        {
            if (message is ITestStarting)
            {
                explainer.TestStarting();
            }

            return inner.QueueMessage(message is ITestFailed failed ? Explained(failed) : message);
        }

        /// <summary>The inner bus belongs to the assembly's runner, which disposes it.</summary>
        public void Dispose()
        {
        }

        private TestFailed Explained(ITestFailed failed)
        {
            string explanation;
            try
            {
                explanation = explainer.Explain();
            }
            catch (Exception error) when (error is InvalidOperationException or ObjectDisposedException)
            {
                explanation = $"(could not be gathered: {error.Message})";
            }

            var messages = failed.Messages.ToArray();
            messages[0] += $"\n\n--- what the app and its pages showed ---\n{explanation}";
            return new TestFailed(failed.Test, failed.ExecutionTime, failed.Output, failed.ExceptionTypes, messages, failed.StackTraces, failed.ExceptionParentIndices);
        }
    }
}
