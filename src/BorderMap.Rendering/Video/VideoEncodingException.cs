namespace BorderMap.Rendering.Video;

/// <summary>ffmpeg failed or stopped while encoding; the message carries its exit code and last error line.</summary>
public sealed class VideoEncodingException(string message) : IOException(message);
