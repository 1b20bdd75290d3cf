using System.Reflection;
using Xunit.Abstractions;

namespace BorderMap.Storage.Tests;

/// <summary>
/// Starts the test collections with the most test cases first. xUnit runs as many collections at
/// once as it has threads (two on a two-core machine) and, by default, starts them in an order of
/// their hashed ids; a long collection that happens to start last (the PostGIS one, which runs its
/// classes one after another on one server) then runs alone at the end while the other thread
/// idles. Starting the largest first lets the many small ones fill the other thread beside it.
/// The count of test methods stands for a collection's length; the name breaks ties, so the
/// order is the same on every run.
/// </summary>
public sealed class LargestCollectionsFirst : ITestCollectionOrderer
{
    private const string DefaultCollectionPrefix = "Test collection for ";

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections)
    {
        var sizes = CollectionSizes(typeof(LargestCollectionsFirst).Assembly);
        return testCollections
            .OrderByDescending(c => sizes.GetValueOrDefault(c.DisplayName))
            .ThenBy(c => c.DisplayName, StringComparer.Ordinal);
    }

    /// <summary>The number of test methods (a theory counted once) of each collection, by the collection's display name.</summary>
    private static Dictionary<string, int> CollectionSizes(Assembly tests)
    {
        var sizes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var type in tests.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            var methods = type.GetMethods(BindingFlags.Public | BindingFlags.Instance).Count(m => m.IsDefined(typeof(FactAttribute), inherit: true));
            if (methods > 0)
            {
                var name = CollectionName(type);
                sizes[name] = sizes.GetValueOrDefault(name) + methods;
            }
        }

        return sizes;
    }

    /// <summary>The name a <c>[Collection]</c> attribute gives the class, or the name of the collection xUnit makes for a class without one.</summary>
    private static string CollectionName(Type type) =>
        type.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType == typeof(CollectionAttribute))?.ConstructorArguments[0].Value as string
        ?? DefaultCollectionPrefix + type.FullName;
}
