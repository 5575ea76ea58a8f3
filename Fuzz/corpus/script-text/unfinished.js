pm.globals.set("a\\b", `x${ {{ }} }`, /[/]/); pm.variables.set('\u00e9té')
"open
`${ `${ "deep" }` }
/* never closed *