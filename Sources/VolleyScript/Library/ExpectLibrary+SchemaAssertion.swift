extension ExpectLibrary {
    /// `jsonSchema(schema)`: Postman's JSON Schema check, on a response (its JSON body) or on any
    /// value (`pm.expect(obj).to.have.jsonSchema(schema)`). The validator (`JSONSchemaLibrary`,
    /// draft-07) loads on first use through `expect.jsonSchema`, which the sandbox bootstrap sets;
    /// the failure lists each error with where it is in the data and what was found there.
    static let schemaAssertion = #"""
    method(['jsonSchema'], function (schema, options) {
      const subject = isResponse(this._obj) ? jsonOf(this, this._obj) : this._obj;
      if (schema === null || (typeof schema !== 'object' && typeof schema !== 'boolean')) {
        this._misuse('expected a JSON schema (an object or a boolean) to check #{this} with');
      }
      const library = expect.jsonSchema();
      const validator = new library.Validator();
      validator.add(schema);
      let errors;
      try { errors = validator.validate(schema, subject); } catch (error) {
        return this._misuse('expected a valid JSON schema but ' + messageOf(error));
      }
      const what = isResponse(this._obj) ? 'response body' : 'value';
      if (this._ok(errors.length === 0)) return this;
      return this._fail('expected ' + what + ' to match the JSON schema, but ' + library.describe(errors).replace(/#\{/g, '# {'),
        'expected ' + what + ' to not match the JSON schema', schema, subject);
    });
    """#
}
