const slug = pm.info.requestName.toLowerCase().replace(/[^a-z0-9]+/g, "-");
pm.variables.set("trace", "volley-" + slug);
