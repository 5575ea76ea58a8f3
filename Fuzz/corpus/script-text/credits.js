// The `after:` script of every request in examples/scripted.yaml. The demo API, like Coresignal,
// says in x-credits-remaining how many credits are left after each paid request.
const left = pm.response.headers.get("x-credits-remaining");
pm.test("says how many credits are left", () => {
  pm.expect(left).to.match(/^[0-9]+$/);
});
console.log(pm.info.requestName + ": " + left + " credits left");
