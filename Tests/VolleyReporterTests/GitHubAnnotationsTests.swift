import Testing
import VolleyCore
@testable import VolleyReporter

@Suite struct GitHubAnnotationsTests {
    @Test func oneLinePerFailedAssertion() {
        #expect(GitHubAnnotations().annotations(for: SampleResults.getUser) == [
            #"::error file=collections/users.yaml,line=19,col=13,title=Users API / Users / Get user::json $.name: expected equals "Acme", actual nothing (the body is not JSON)"#,
            #"::error file=collections/users.yaml,line=21,col=29,title=Users API / Users / Get user::header Content-Type: expected contains "json", actual "text/html""#,
        ])
    }

    @Test func errorsAndCapturesToo() {
        #expect(GitHubAnnotations().annotations(for: SampleResults.flakyUpstream) == [
            "::error file=collections/users.yaml,line=23,col=14,title=Users API / Users / Flaky upstream::could not connect to 127.0.0.1:9: Connection refused",
        ])
        var captureFailed = SampleResults.listUsers
        captureFailed.captures[0].error = "no match for json $[0].id"
        captureFailed.iteration = 3
        #expect(GitHubAnnotations().annotations(for: captureFailed) == [
            "::error file=collections/users.yaml,line=10,col=7,title=Users API / List users (iteration 3)::capture firstId: no match for json $[0].id",
        ])
    }

    @Test func nothingForPassedOrSkipped() {
        #expect(GitHubAnnotations().annotations(for: SampleResults.listUsers).isEmpty)
        #expect(GitHubAnnotations().annotations(for: SampleResults.deleteUser).isEmpty)
    }

    @Test func escapesDataAndProperties() {
        var odd = SampleResults.flakyUpstream
        odd.collection = "API: v2, beta"
        odd.location.file = "dir,1/a:b.yaml"
        odd.failure = RequestFailure(kind: .transport, message: "100% failed:\r\nline two, done", location: nil)
        #expect(GitHubAnnotations().annotations(for: odd) == [
            "::error file=dir%2C1/a%3Ab.yaml,line=22,col=9,title=API%3A v2%2C beta / Users / Flaky upstream::100%25 failed:%0D%0Aline two, done",
        ])
    }

    @Test func transformAppliesBeforeEscaping() {
        var leaky = SampleResults.getUser
        leaky.assertions[2].actual = "Bearer s3cr%t"
        let lines = GitHubAnnotations().annotations(for: leaky) { $0.replacingOccurrences(of: "s3cr%t", with: "***") }
        #expect(lines[1].hasSuffix("actual \"Bearer ***\""))
    }

    @Test func aRepeatedRunIsAnnotatedOncePerFailure() {
        let lines = GitHubAnnotations().annotations(for: SampleResults.repeatedReport(iterations: 100))
        #expect(lines == [
            #"::error file=collections/users.yaml,line=19,col=13,title=Users API / Users / Get user (14 of 100 runs)::json $.name: expected equals "Acme", actual nothing (the body is not JSON)"#,
            #"::error file=collections/users.yaml,line=21,col=29,title=Users API / Users / Get user (14 of 100 runs)::header Content-Type: expected contains "json", actual "text/html""#,
        ])
    }
}
