extension ExpectLibrary {
    /// Type names as chai's `a`/`an` compares them, and values rendered as chai's messages show
    /// them: strings in single quotes, `{ a: 1 }`, `[ 1, 2 ]`, long renderings shortened.
    static let inspect = #"""
    const toStringOf = Object.prototype.toString;
    const hasOwn = Object.prototype.hasOwnProperty;

    // True for an object literal (or a prototype-less one). Arguments objects share the
    // prototype but own `callee`; tagged objects (JSON, Math) say what they are.
    function isPlain(value) {
      const parent = Object.getPrototypeOf(value);
      return (parent === Object.prototype || parent === null) && !(Symbol.toStringTag in value) && !hasOwn.call(value, 'callee');
    }

    // The lowercased type name: 'null', 'array', typeof for primitives and functions, otherwise the
    // object's tag ('date', 'regexp', 'promise', 'map', 'error'; Symbol.toStringTag counts).
    function typeOf(value) {
      if (value === null) return 'null';
      const type = typeof value;
      if (type !== 'object') return type;
      if (Array.isArray(value)) return 'array';
      // Plain objects, the common case in JSON bodies, without building the tag string.
      if (isPlain(value)) return 'object';
      return toStringOf.call(value).slice(8, -1).toLowerCase();
    }

    // Past this length an object's rendering becomes a summary, as chai's truncateThreshold does.
    const SUMMARY_AT = 40;
    // Strings are cut too (response bodies land in messages); chai 4 never cut them.
    const STRING_CUT = 120;
    const DEPTH = 2;
    const ITEMS = 30;
    const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

    function quote(text) {
      const cut = text.length > STRING_CUT ? text.slice(0, STRING_CUT) + '…' : text;
      return "'" + cut.replace(/[\\']/g, '\\$&').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t') + "'";
    }

    function functionName(fn) { return fn.name ? '[Function ' + fn.name + ']' : '[Function]'; }

    function render(value, depth, seen) {
      switch (typeof value) {
        case 'string': return quote(value);
        case 'number': return Object.is(value, -0) ? '-0' : String(value);
        case 'bigint': return value + 'n';
        case 'function': return functionName(value);
        case 'symbol': return value.toString();
        case 'object': break;
        default: return String(value);
      }
      if (value === null) return 'null';
      if (seen.indexOf(value) !== -1) return '[Circular]';
      const tag = typeOf(value);
      switch (tag) {
        case 'date': return isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
        case 'regexp': return String(value);
        case 'error': return '[' + (value.name || 'Error') + (value.message ? ': ' + value.message : '') + ']';
        case 'promise': return 'Promise{…}';
        case 'string': case 'number': case 'boolean':
          return '[' + tag[0].toUpperCase() + tag.slice(1) + ': ' + render(value.valueOf(), depth, seen) + ']';
      }
      const list = tag === 'array' || tag === 'arguments' || ArrayBuffer.isView(value);
      if (depth > DEPTH) return list ? '[Array]' : '[Object]';
      seen.push(value);
      const parts = [];
      let prefix = '';
      if (list) {
        const count = Math.min(value.length, ITEMS);
        for (let i = 0; i < count; i++) parts.push(render(value[i], depth + 1, seen));
        if (value.length > ITEMS) parts.push('… ' + (value.length - ITEMS) + ' more');
        if (tag !== 'array') prefix = tag === 'arguments' ? 'Arguments' : value.constructor.name;
      } else if (tag === 'map' || tag === 'set') {
        prefix = tag === 'map' ? 'Map' : 'Set';
        for (const entry of value) {
          if (parts.length === ITEMS) { parts.push('…'); break; }
          parts.push(tag === 'map' ? render(entry[0], depth + 1, seen) + ' => ' + render(entry[1], depth + 1, seen)
                                   : render(entry, depth + 1, seen));
        }
      } else {
        const keys = Object.keys(value);
        const count = Math.min(keys.length, ITEMS);
        for (let i = 0; i < count; i++) {
          const key = keys[i];
          // A getter is not called: rendering a failure must not run the subject's code.
          const field = Object.getOwnPropertyDescriptor(value, key);
          const shown = field !== undefined && field.get !== undefined ? '[Getter]' : render(value[key], depth + 1, seen);
          parts.push((IDENTIFIER.test(key) ? key : quote(key)) + ': ' + shown);
        }
        if (keys.length > ITEMS) parts.push('…');
      }
      seen.pop();
      const open = list ? '[' : '{';
      const close = list ? ']' : '}';
      return prefix + (parts.length === 0 ? open + close : open + ' ' + parts.join(', ') + ' ' + close);
    }

    function inspect(value) { return render(value, 0, []); }

    // How a value reads in a message: objects whose rendering is long shrink to a summary that
    // names their keys or length, as chai's objDisplay does.
    function display(value) {
      const text = inspect(value);
      if (text.length < SUMMARY_AT || value === null || (typeof value !== 'object' && typeof value !== 'function')) return text;
      if (typeof value === 'function') return functionName(value);
      if (Array.isArray(value)) return '[ Array(' + value.length + ') ]';
      const tag = typeOf(value);
      if (tag !== 'object') return text;
      const keys = Object.keys(value);
      return '{ Object (' + keys.slice(0, 2).join(', ') + (keys.length > 2 ? ', ...' : '') + ') }';
    }
    """#
}
