import VolleyCore
import VolleyJSON

extension Template.Builtin {
    /// A new value of this built-in, as rendering a template gives it: a script's
    /// `pm.variables.replaceIn("{{$guid}}")` asks for one outside any template.
    public func freshValue() -> JSONValue { BuiltinValues().value(self) }
}
