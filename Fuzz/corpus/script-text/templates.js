const u = `${pm.variables.get("base")}/x/${`${a}`}` + `plain`;
pm.variables.set(`t\`q`, { nested: { deep: `${ {a: 1}.a }` } });
const r = await fetchLater(); // await in a comment
console.log("await in a string");
