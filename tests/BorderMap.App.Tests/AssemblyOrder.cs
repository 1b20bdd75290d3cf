// The longest test collections start first: see LargestCollectionsFirst.
[assembly: TestCollectionOrderer("BorderMap.Storage.Tests.LargestCollectionsFirst", "BorderMap.App.Tests")]
