// The longest test collections start first: see LargestCollectionsFirst.
[assembly: TestCollectionOrderer("BorderMap.Storage.Tests.LargestCollectionsFirst", "BorderMap.App.Tests")]

// A failed browser test shows what the server and the pages showed: see FailureContext.
[assembly: TestFramework("BorderMap.App.Tests.FailureContext", "BorderMap.App.Tests")]
