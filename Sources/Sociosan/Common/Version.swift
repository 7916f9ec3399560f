/// The version of the Sociosan SDK and tool.
public enum SociosanVersion {
    public static let current = "0.1.0"
}
