/// The starter's CI jobs: install the release archive, validate, run with JUnit and JSON reports
/// kept whatever the outcome. The key reaches volley as `VOLLEY_SECRET_apikey`, which outranks
/// the environment's keyring secret, so the job never needs a keyring.
enum StarterCIJobs {
    static let gitHubActions = """
        # A CI job written by `volley init`: validates and runs api.yaml on every push and pull
        # request; failed checks become annotations and the summary goes to the job's page.
        # In the repository's settings (Secrets and variables > Actions), add:
        #   secret API_KEY     the API key (volley masks it in every output)
        #   variable VOLLEY_URL  where to download volley-VERSION-linux-x86_64.tar.gz (scripts/package.sh)
        name: API checks
        on:
          push:
          pull_request:
          workflow_dispatch:
        jobs:
          volley:
            runs-on: ubuntu-24.04
            steps:
              - uses: actions/checkout@v4
              - name: Install volley
                env:
                  VOLLEY_URL: ${{ vars.VOLLEY_URL }}
                run: |
                  sudo apt-get update -qq
                  sudo apt-get install -y -qq --no-install-recommends libcurl4 libyaml-0-2
                  curl -fsSL "$VOLLEY_URL" | sudo tar -xz --strip-components=1 -C /usr/local --wildcards '*/bin/*' '*/share/*'
                  volley --version
              - name: Validate
                run: volley validate \(StarterProject.collectionPath) --env \(StarterProject.environmentName)
              - name: Run
                env:
                  VOLLEY_SECRET_apikey: ${{ secrets.API_KEY }}
                run: volley run \(StarterProject.collectionPath) --env \(StarterProject.environmentName) --report-junit reports/junit.xml --report-json reports/volley.json
              - name: Keep the reports
                if: always()
                uses: actions/upload-artifact@v4
                with:
                  name: volley-reports
                  path: reports/

        """

    static let gitLab = """
        # A CI job written by `volley init`: validates and runs api.yaml; merge requests show the
        # JUnit report. In Settings > CI/CD > Variables, add:
        #   VOLLEY_SECRET_apikey  the API key, masked (volley masks it in every output too)
        #   VOLLEY_URL            where to download volley-VERSION-linux-x86_64.tar.gz (scripts/package.sh)
        volley:
          image: debian:12-slim
          before_script:
            - apt-get update -qq
            - apt-get install -y -qq --no-install-recommends ca-certificates curl libcurl4 libyaml-0-2
            - curl -fsSL "$VOLLEY_URL" | tar -xz --strip-components=1 -C /usr/local --wildcards '*/bin/*' '*/share/*'
            - volley --version
          script:
            - volley validate \(StarterProject.collectionPath) --env \(StarterProject.environmentName)
            - volley run \(StarterProject.collectionPath) --env \(StarterProject.environmentName) --report-junit reports/junit.xml --report-json reports/volley.json
          artifacts:
            when: always
            paths:
              - reports/
            reports:
              junit: reports/junit.xml

        """
}
