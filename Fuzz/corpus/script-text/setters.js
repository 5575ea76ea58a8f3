pm.variables.set("a", 1);
pm.environment.set('b\'s', 2);
pm.collectionVariables.set(`c`, 3);
pm.globals.set("d", 4);
postman.setEnvironmentVariable("e", 5);
postman.setGlobalVariable('f', 6);
pm.variables.set("page_" + n, 7);
x.pm.variables.set("other", 8);
// pm.variables.set("line", 1)
/* pm.globals.set("block", 1) */
const re = /pm.variables.set("re")[/]/g;
