namespace BorderMap.App.Tests.Hardening;

/// <summary>The app serving one local user over a store of its own, as a class fixture (which needs a single constructor).</summary>
public sealed class LocalServer : StoreServer;
