import VolleyCore

/// The starter collection and environment. They call a Coresignal-style data API (the demo
/// server mimics it, so a test runs them) because a working example teaches the format faster
/// than a template with blanks; the comments say what to change.
enum StarterTexts {
    static func collection(schemaFolder: String) -> String {
        """
        # yaml-language-server: $schema=\(PathText.join(schemaFolder, "volley-collection-1.schema.json"))
        # A starter collection written by `volley init`: it searches a Coresignal-style data API for
        # companies, then collects the first one found. Replace the URLs and checks with your API's.
        #   volley validate api.yaml --env \(StarterProject.environmentName)   checks it without sending anything
        #   volley run api.yaml --env \(StarterProject.environmentName)        sends it
        name: Starter
        variables:
          company_name: Acme
        # The key is the environment's secret (from the OS keyring), masked in every output.
        auth:
          apikey: { value: "{{apikey}}", in: header, name: apikey }
        defaults:
          headers:
            accept: application/json
          timeout: 30s
        # Stay under the API's rate limit, and stop before spending more than 10 credits.
        rate: 10/s
        max_credits: 10
        requests:
          - name: Search companies
            method: POST
            url: "{{base_url}}/company_base/search/filter"
            json:
              name: "{{company_name}}"
            expect:
              status: 200
              json:
                "$": { type: array, length: { gt: 0 } }
                "$[0]": { type: integer }
            capture:
              company_id: { json: "$[0]" }

          - name: Collect the first company
            url: "{{base_url}}/company_base/collect/{{company_id}}"
            expect:
              status: 200
              json:
                "$.id": "{{company_id}}"
                "$.name": { type: string }

        """
    }

    static func environment(schemaFolder: String) -> String {
        """
        # yaml-language-server: $schema=\(PathText.join(schemaFolder, "volley-environment-1.schema.json"))
        # The live API. Store its key once, prompted and not echoed:
        #   volley secrets set \(StarterProject.keyringService) \(StarterProject.keyringAccount)
        # In CI, where there is no keyring, set VOLLEY_SECRET_apikey instead.
        variables:
          base_url: https://api.coresignal.com/cdapi/v2
        secrets:
          apikey:
            keyring: { service: \(StarterProject.keyringService), account: \(StarterProject.keyringAccount) }
        # A key of another shape (a mis-pasted one) gets a warning before anything is sent.
        key_shape:
          apikey: "^[A-Za-z0-9]{32}$"

        """
    }
}
