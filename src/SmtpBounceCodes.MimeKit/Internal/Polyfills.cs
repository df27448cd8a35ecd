#if NETSTANDARD2_0
// Compiler support types that netstandard2.0 lacks. Internal, so nothing leaks into the public surface.
namespace System.Runtime.CompilerServices
{
    internal static class IsExternalInit
    {
    }
}

namespace System.Diagnostics.CodeAnalysis
{
    [AttributeUsage(AttributeTargets.Parameter)]
    internal sealed class NotNullWhenAttribute(bool returnValue) : Attribute
    {
        public bool ReturnValue { get; } = returnValue;
    }
}
namespace System.Runtime.CompilerServices
{
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Field | AttributeTargets.Property, Inherited = false)]
    internal sealed class RequiredMemberAttribute : Attribute
    {
    }

    [AttributeUsage(AttributeTargets.All, AllowMultiple = true, Inherited = false)]
    internal sealed class CompilerFeatureRequiredAttribute(string featureName) : Attribute
    {
        public string FeatureName { get; } = featureName;

        public bool IsOptional { get; init; }
    }
}

namespace System.Diagnostics.CodeAnalysis
{
    [AttributeUsage(AttributeTargets.Constructor, AllowMultiple = false, Inherited = false)]
    internal sealed class SetsRequiredMembersAttribute : Attribute
    {
    }
}
#endif

#if NETSTANDARD2_0
namespace SmtpBounceCodes.MimeKit
{
    /// <summary>String members netstandard2.0 lacks, so that one source reads the same on every target.</summary>
    internal static class StringPolyfills
    {
        internal static bool Contains(this string s, string value, StringComparison comparison) => s.IndexOf(value, comparison) >= 0;

        internal static bool Contains(this string s, char value) => s.IndexOf(value) >= 0;

        internal static bool StartsWith(this string s, char value) => s.Length != 0 && s[0] == value;

        internal static bool EndsWith(this string s, char value) => s.Length != 0 && s[s.Length - 1] == value;
    }
}
#endif
