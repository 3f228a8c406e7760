public enum Tanqiya { public static let version = "0.1.0" }
