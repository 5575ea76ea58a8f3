/// include, property (and the chain moving onto its value), lengths, keys, members, empty.
enum ExpectCollectionCases {
    static let all: [ExpectCase] = include + properties + lengths + keys + members

    static let include: [ExpectCase] = [
        .pass(#"expect('foobar').to.include('oba'); expect([1, 2]).to.contain(2); expect([1]).includes(1); expect('a').contains('a')"#),
        .fail(#"expect('abc').to.include('x')"#, #"expected 'abc' to include 'x'"#),
        .fail(#"expect([1, 2]).to.include(3)"#, #"expected [ 1, 2 ] to include 3"#),
        .fail(#"expect([1, 2]).to.not.include(2)"#, #"expected [ 1, 2 ] to not include 2"#),
        .fail(#"expect([{ a: 1 }]).to.include({ a: 1 })"#, #"expected [ { a: 1 } ] to include { a: 1 }"#),
        .pass(#"expect([{ a: 1 }]).to.deep.include({ a: 1 }); expect([{ a: 1 }]).to.not.deep.include({ a: 2 })"#),
        .fail(#"expect([{ a: 1 }]).to.deep.include({ a: 2 })"#, #"expected [ { a: 1 } ] to deep include { a: 2 }"#),
        .pass(#"expect({ a: 1, b: 2 }).to.include({ a: 1 }); expect({ a: 1 }).to.not.include({ a: 2 }); expect({ a: 1 }).to.not.include({ b: 1 })"#),
        .fail(#"expect({ a: 1 }).to.include({ b: 1 })"#, #"expected { a: 1 } to have property 'b'"#),
        .fail(#"expect({ a: 1 }).to.include({ a: 2 })"#, #"expected { a: 1 } to have property 'a' of 2, but got 1"#),
        .fail(#"expect({ a: 1, b: 2 }).to.not.include({ a: 1 })"#, #"expected { a: 1, b: 2 } to not have property 'a' of 1"#),
        .fail(#"expect({ a: { x: 1 } }).to.include({ a: { x: 1 } })"#, #"expected { a: { x: 1 } } to have property 'a' of { x: 1 }, but got { x: 1 }"#),
        .pass(#"expect({ a: { x: 1 } }).to.deep.include({ a: { x: 1 } }); expect(Object.create({ a: 1 })).to.not.have.own.include({ a: 1 })"#),
        .pass(#"expect(new Set([1])).to.include(1); expect(new Map([['k', 'v']])).to.include('v'); expect(new Set([[1]])).to.deep.include([1])"#),
        .fail(#"expect(5).to.include(5)"#, #"the given combination of arguments (number and number) is invalid for this assertion. You can use an array, a map, an object, a set, a string, or a weakset instead of a number"#),
        .fail(#"expect(null).to.not.include('a')"#, #"the given combination of arguments (null and string) is invalid for this assertion. You can use an array, a map, an object, a set, a string, or a weakset instead of a string"#),
        .pass(#"expect({ a: 1, b: 2, c: 3 }).to.not.include({ a: 1, b: 5 })"#),
        .fail(#"expect('abc').to.include(1)"#, #"the given combination of arguments (string and number) is invalid for this assertion. You can use an array, a map, an object, a set, a string, or a weakset instead of a number"#),
        .fail(#"expect({ a: { x: 1 } }).to.not.deep.include({ a: { x: 1 } })"#, #"expected { a: { x: 1 } } to not have deep property 'a' of { x: 1 }"#),
    ]

    static let properties: [ExpectCase] = [
        .pass(#"expect({ a: 1 }).to.have.property('a'); expect({ a: 1 }).to.not.have.property('b'); expect('ab').to.have.property('length', 2)"#),
        .fail(#"expect({ a: 1 }).to.have.property('b')"#, #"expected { a: 1 } to have property 'b'"#),
        .fail(#"expect({ a: 1 }).to.not.have.property('a')"#, #"expected { a: 1 } to not have property 'a'"#),
        .fail(#"expect({ a: 1 }).to.have.property('a', 2)"#, #"expected { a: 1 } to have property 'a' of 2, but got 1"#),
        .fail(#"expect({ a: 1 }).to.not.have.property('a', 1)"#, #"expected { a: 1 } to not have property 'a' of 1"#),
        .pass(#"expect({ a: 1 }).to.not.have.property('a', 2); expect({}).to.not.have.property('a', 2)"#),
        .pass(#"expect({ a: 1 }).to.have.property('a').that.equals(1)"#),
        .fail(#"expect({ a: 'x' }).to.have.property('a').that.is.a('number')"#, #"expected 'x' to be a number"#),
        .fail(#"expect({ a: { b: 1 } }).to.have.property('a', { b: 1 })"#, #"expected { a: { b: 1 } } to have property 'a' of { b: 1 }, but got { b: 1 }"#),
        .pass(#"expect({ a: { b: 1 } }).to.have.deep.property('a', { b: 1 })"#),
        .fail(#"expect({ a: { b: 1 } }).to.have.deep.property('a', { b: 2 })"#, #"expected { a: { b: 1 } } to have deep property 'a' of { b: 2 }, but got { b: 1 }"#),
        .pass(#"expect({ a: { b: [1, { c: 2 }] } }).to.have.nested.property('a.b[1].c', 2)"#),
        .pass(#"expect({ 'a.b': 1 }).to.have.nested.property('a\\.b'); expect({ a: null }).to.not.have.nested.property('a.b')"#),
        .fail(#"expect({ a: { b: [1] } }).to.have.nested.property('a.b[1]')"#, #"expected { a: { b: [ 1 ] } } to have nested property 'a.b[1]'"#),
        .fail(#"expect({ a: { b: 1 } }).to.have.nested.property('a.b', 2)"#, #"expected { a: { b: 1 } } to have nested property 'a.b' of 2, but got 1"#),
        .pass(#"expect({ a: 1 }).to.have.own.property('a'); expect(Object.create({ a: 1 })).to.have.property('a')"#),
        .fail(#"expect(Object.create({ a: 1 })).to.have.own.property('a')"#, #"expected {} to have own property 'a'"#),
        .pass(#"expect({ a: 1 }).to.have.ownProperty('a', 1); expect({ a: 1 }).to.haveOwnProperty('a'); expect([]).to.not.have.ownProperty('map')"#),
        .fail(#"expect({ a: 1 }).to.have.ownProperty('b')"#, #"expected { a: 1 } to have own property 'b'"#),
        .pass(#"expect({ a: 1 }).to.have.ownPropertyDescriptor('a', { value: 1, writable: true, enumerable: true, configurable: true })"#),
        .pass(#"expect(Object.freeze({ a: 1 })).to.have.ownPropertyDescriptor('a').that.has.property('writable', false); expect({}).to.not.have.ownPropertyDescriptor('a')"#),
        .fail(#"expect({}).to.have.ownPropertyDescriptor('a')"#, #"expected {} to have an own property descriptor for 'a'"#),
        .fail(#"expect({ a: 1 }).to.have.ownPropertyDescriptor('a', { value: 2 })"#, #"expected the own property descriptor for 'a' on { a: 1 } to match { value: 2 }, got { Object (value, writable, ...) }"#),
        .fail(#"expect(null).to.have.property('a')"#, #"Target cannot be null or undefined."#),
    ]

    static let lengths: [ExpectCase] = [
        .pass(#"expect([1, 2]).to.have.lengthOf(2); expect('abc').to.have.length(3); expect(new Map([[1, 1]])).lengthOf(1); expect([]).not.length(1)"#),
        .fail(#"expect(null).to.have.lengthOf(1)"#, #"Target cannot be null or undefined."#),
        .fail(#"expect({}).to.have.length.above(1)"#, #"expected {} to have property 'length'"#),
        .fail(#"expect([1, 2]).to.have.lengthOf(3)"#, #"expected [ 1, 2 ] to have a length of 3 but got 2"#),
        .fail(#"expect('ab').to.not.have.length(2)"#, #"expected 'ab' to not have a length of 2"#),
        .fail(#"expect(5).to.have.lengthOf(1)"#, #"expected 5 to have property 'length'"#),
        .pass(#"expect([1, 2]).to.have.length(2).and.have.length.above(1)"#),
        .pass(#"expect([]).to.be.empty; expect('').to.be.empty; expect({}).to.be.empty; expect(new Set()).to.be.empty; expect([1]).to.not.be.empty"#),
        .fail(#"expect([1]).to.be.empty"#, #"expected [ 1 ] to be empty"#),
        .fail(#"expect({}).to.not.be.empty"#, #"expected {} not to be empty"#),
        .fail(#"expect(1).to.be.empty"#, #".empty was passed non-string primitive 1"#),
        .fail(#"expect(() => 1).to.not.be.empty"#, #".empty was passed a function"#),
    ]

    static let keys: [ExpectCase] = [
        .pass(#"expect({ a: 1, b: 2 }).to.have.keys('a', 'b'); expect({ a: 1, b: 2 }).to.have.all.keys(['b', 'a']); expect({ a: 1 }).to.have.key('a')"#),
        .fail(#"expect({ a: 1, b: 2 }).to.have.keys('a')"#, #"expected { a: 1, b: 2 } to have key 'a'"#),
        .fail(#"expect({ a: 1, b: 2 }).to.have.all.keys('a', 'c')"#, #"expected { a: 1, b: 2 } to have keys 'a', and 'c'"#),
        .fail(#"expect({ a: 1 }).to.have.keys('a', 'b', 'c')"#, #"expected { a: 1 } to have keys 'a', 'b', and 'c'"#),
        .pass(#"expect({ a: 1, b: 2 }).to.include.keys('a'); expect({ a: 1, b: 2 }).to.contain.all.keys({ a: 0 }); expect({ a: 1 }).to.have.any.keys('a', 'z')"#),
        .fail(#"expect({ a: 1 }).to.have.any.keys('y', 'z')"#, #"expected { a: 1 } to have keys 'y', or 'z'"#),
        .fail(#"expect({ a: 1, b: 2 }).to.contain.keys('c')"#, #"expected { a: 1, b: 2 } to contain key 'c'"#),
        .fail(#"expect({ a: 1 }).to.not.have.keys('a')"#, #"expected { a: 1 } to not have key 'a'"#),
        .pass(#"expect(new Map([['k', 1]])).to.have.keys('k'); expect(new Map([[{ id: 1 }, 1]])).to.have.deep.keys([{ id: 1 }])"#),
        .fail(#"expect('ab').to.have.keys('0')"#, #"expected 'ab' to have key '0'"#),
        .fail(#"expect(null).to.have.keys('a')"#, #"Target cannot be null or undefined."#),
        .pass(#"expect([1, 2]).to.have.keys('0', '1')"#),
    ]

    static let members: [ExpectCase] = [
        .pass(#"expect([1, 2, 3]).to.have.members([3, 2, 1]); expect([1, 2]).to.not.have.members([1, 2, 3]); expect([1, 1]).to.not.have.members([1, 2])"#),
        .fail(#"expect([1, 2]).to.have.members([1, 3])"#, #"expected [ 1, 2 ] to have the same members as [ 1, 3 ]"#),
        .fail(#"expect([1, 2]).to.not.have.members([2, 1])"#, #"expected [ 1, 2 ] to not have the same members as [ 2, 1 ]"#),
        .pass(#"expect([1, 2, 3]).to.include.members([2, 3]); expect([{ a: 1 }, 2]).to.have.deep.members([2, { a: 1 }])"#),
        .fail(#"expect([1, 2]).to.include.members([3])"#, #"expected [ 1, 2 ] to be a superset of [ 3 ]"#),
        .fail(#"expect([{ a: 1 }]).to.have.members([{ a: 1 }])"#, #"expected [ { a: 1 } ] to have the same members as [ { a: 1 } ]"#),
        .fail(#"expect([{ a: 1 }]).to.have.deep.members([{ a: 2 }])"#, #"expected [ { a: 1 } ] to have the same members as [ { a: 2 } ]"#),
        .pass(#"expect([1, 2]).to.have.ordered.members([1, 2]); expect([1, 2, 3]).to.include.ordered.members([1, 2])"#),
        .fail(#"expect([1, 2]).to.have.ordered.members([2, 1])"#, #"expected [ 1, 2 ] to have the same ordered members as [ 2, 1 ]"#),
        .fail(#"expect([1, 2, 3]).to.include.ordered.members([2, 3])"#, #"expected [ 1, 2, 3 ] to be an ordered superset of [ 2, 3 ]"#),
    ]
}
