
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'schedctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'schedctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'schedctl' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: SCHEDCTL_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: SCHEDCTL_PROFILE]')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]')
            [CompletionResult]::new('--cloud-service', '--cloud-service', [CompletionResultType]::ParameterName, 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: SCHEDCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: SCHEDCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'Print only this value (repeatable; e.g. state, status.executionCount)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run a jq program over the JSON output (strings print raw, like jq -r); wins over -o')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print list tables without their header line')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence warnings and the retry and progress lines (never errors; -v still traces)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence warnings and the retry and progress lines (never errors; -v still traces)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('job', 'job', [CompletionResultType]::ParameterValue, 'Read scheduler jobs')
            [CompletionResult]::new('collection', 'collection', [CompletionResultType]::ParameterValue, 'Read job collections')
            [CompletionResult]::new('cloud-service', 'cloud-service', [CompletionResultType]::ParameterValue, 'Find the subscription''s cloud services')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Inspect and set up the config file')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'schedctl;job' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: SCHEDCTL_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: SCHEDCTL_PROFILE]')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]')
            [CompletionResult]::new('--cloud-service', '--cloud-service', [CompletionResultType]::ParameterName, 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: SCHEDCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: SCHEDCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'Print only this value (repeatable; e.g. state, status.executionCount)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run a jq program over the JSON output (strings print raw, like jq -r); wins over -o')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print list tables without their header line')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence warnings and the retry and progress lines (never errors; -v still traces)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence warnings and the retry and progress lines (never errors; -v still traces)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one job, or several on one connection')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the jobs of a collection')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Show a job''s execution history, newest first')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until a job meets a condition, then show it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'schedctl;job;get' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: SCHEDCTL_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: SCHEDCTL_PROFILE]')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]')
            [CompletionResult]::new('--cloud-service', '--cloud-service', [CompletionResultType]::ParameterName, 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: SCHEDCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: SCHEDCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'Print only this value (repeatable; e.g. state, status.executionCount)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run a jq program over the JSON output (strings print raw, like jq -r); wins over -o')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print list tables without their header line')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence warnings and the retry and progress lines (never errors; -v still traces)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence warnings and the retry and progress lines (never errors; -v still traces)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'schedctl;job;list' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Only jobs in this state')
            [CompletionResult]::new('--top', '--top', [CompletionResultType]::ParameterName, 'Return at most N items in all (default: every page)')
            [CompletionResult]::new('--skip', '--skip', [CompletionResultType]::ParameterName, 'Skip the first N items')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: SCHEDCTL_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: SCHEDCTL_PROFILE]')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]')
            [CompletionResult]::new('--cloud-service', '--cloud-service', [CompletionResultType]::ParameterName, 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: SCHEDCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: SCHEDCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'Print only this value (repeatable; e.g. state, status.executionCount)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run a jq program over the JSON output (strings print raw, like jq -r); wins over -o')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print list tables without their header line')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence warnings and the retry and progress lines (never errors; -v still traces)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence warnings and the retry and progress lines (never errors; -v still traces)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'schedctl;job;history' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only entries with this status')
            [CompletionResult]::new('--top', '--top', [CompletionResultType]::ParameterName, 'Return at most N items in all (default: every page)')
            [CompletionResult]::new('--skip', '--skip', [CompletionResultType]::ParameterName, 'Skip the first N items')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: SCHEDCTL_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: SCHEDCTL_PROFILE]')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]')
            [CompletionResult]::new('--cloud-service', '--cloud-service', [CompletionResultType]::ParameterName, 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: SCHEDCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: SCHEDCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'Print only this value (repeatable; e.g. state, status.executionCount)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run a jq program over the JSON output (strings print raw, like jq -r); wins over -o')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print list tables without their header line')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence warnings and the retry and progress lines (never errors; -v still traces)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence warnings and the retry and progress lines (never errors; -v still traces)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'schedctl;job;wait' {
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'The condition: a --field path, = or !=, and a value (state=completed)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up after this long (exit 9)')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Time between polls')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: SCHEDCTL_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: SCHEDCTL_PROFILE]')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]')
            [CompletionResult]::new('--cloud-service', '--cloud-service', [CompletionResultType]::ParameterName, 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: SCHEDCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: SCHEDCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'Print only this value (repeatable; e.g. state, status.executionCount)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run a jq program over the JSON output (strings print raw, like jq -r); wins over -o')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print list tables without their header line')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence warnings and the retry and progress lines (never errors; -v still traces)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence warnings and the retry and progress lines (never errors; -v still traces)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'schedctl;job;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one job, or several on one connection')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the jobs of a collection')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Show a job''s execution history, newest first')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until a job meets a condition, then show it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'schedctl;job;help;get' {
            break
        }
        'schedctl;job;help;list' {
            break
        }
        'schedctl;job;help;history' {
            break
        }
        'schedctl;job;help;wait' {
            break
        }
        'schedctl;job;help;help' {
            break
        }
        'schedctl;collection' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: SCHEDCTL_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: SCHEDCTL_PROFILE]')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]')
            [CompletionResult]::new('--cloud-service', '--cloud-service', [CompletionResultType]::ParameterName, 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: SCHEDCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: SCHEDCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'Print only this value (repeatable; e.g. state, status.executionCount)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run a jq program over the JSON output (strings print raw, like jq -r); wins over -o')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print list tables without their header line')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence warnings and the retry and progress lines (never errors; -v still traces)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence warnings and the retry and progress lines (never errors; -v still traces)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the job collections of the cloud service')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one job collection: state, plan and quota')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'schedctl;collection;list' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: SCHEDCTL_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: SCHEDCTL_PROFILE]')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]')
            [CompletionResult]::new('--cloud-service', '--cloud-service', [CompletionResultType]::ParameterName, 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: SCHEDCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: SCHEDCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'Print only this value (repeatable; e.g. state, status.executionCount)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run a jq program over the JSON output (strings print raw, like jq -r); wins over -o')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print list tables without their header line')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence warnings and the retry and progress lines (never errors; -v still traces)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence warnings and the retry and progress lines (never errors; -v still traces)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'schedctl;collection;get' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: SCHEDCTL_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: SCHEDCTL_PROFILE]')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]')
            [CompletionResult]::new('--cloud-service', '--cloud-service', [CompletionResultType]::ParameterName, 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: SCHEDCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: SCHEDCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'Print only this value (repeatable; e.g. state, status.executionCount)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run a jq program over the JSON output (strings print raw, like jq -r); wins over -o')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print list tables without their header line')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence warnings and the retry and progress lines (never errors; -v still traces)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence warnings and the retry and progress lines (never errors; -v still traces)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'schedctl;collection;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the job collections of the cloud service')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one job collection: state, plan and quota')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'schedctl;collection;help;list' {
            break
        }
        'schedctl;collection;help;get' {
            break
        }
        'schedctl;collection;help;help' {
            break
        }
        'schedctl;cloud-service' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: SCHEDCTL_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: SCHEDCTL_PROFILE]')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]')
            [CompletionResult]::new('--cloud-service', '--cloud-service', [CompletionResultType]::ParameterName, 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: SCHEDCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: SCHEDCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'Print only this value (repeatable; e.g. state, status.executionCount)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run a jq program over the JSON output (strings print raw, like jq -r); wins over -o')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print list tables without their header line')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence warnings and the retry and progress lines (never errors; -v still traces)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence warnings and the retry and progress lines (never errors; -v still traces)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the cloud services of the subscription and their job collections')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'schedctl;cloud-service;list' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: SCHEDCTL_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: SCHEDCTL_PROFILE]')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]')
            [CompletionResult]::new('--cloud-service', '--cloud-service', [CompletionResultType]::ParameterName, 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: SCHEDCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: SCHEDCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'Print only this value (repeatable; e.g. state, status.executionCount)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run a jq program over the JSON output (strings print raw, like jq -r); wins over -o')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print list tables without their header line')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence warnings and the retry and progress lines (never errors; -v still traces)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence warnings and the retry and progress lines (never errors; -v still traces)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'schedctl;cloud-service;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the cloud services of the subscription and their job collections')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'schedctl;cloud-service;help;list' {
            break
        }
        'schedctl;cloud-service;help;help' {
            break
        }
        'schedctl;config' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: SCHEDCTL_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: SCHEDCTL_PROFILE]')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]')
            [CompletionResult]::new('--cloud-service', '--cloud-service', [CompletionResultType]::ParameterName, 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: SCHEDCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: SCHEDCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'Print only this value (repeatable; e.g. state, status.executionCount)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run a jq program over the JSON output (strings print raw, like jq -r); wins over -o')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print list tables without their header line')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence warnings and the retry and progress lines (never errors; -v still traces)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence warnings and the retry and progress lines (never errors; -v still traces)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the path of the config file in use')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every setting in use, where it came from, and the certificate')
            [CompletionResult]::new('profiles', 'profiles', [CompletionResultType]::ParameterValue, 'List the profiles of the config file (* marks the one in use)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default (sets default_profile)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one key of the profile in use (-p picks another)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove one key from the profile in use (-p picks another)')
            [CompletionResult]::new('import-publishsettings', 'import-publishsettings', [CompletionResultType]::ParameterValue, 'Add profiles and certificates from a portal .publishsettings file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'schedctl;config;path' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: SCHEDCTL_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: SCHEDCTL_PROFILE]')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]')
            [CompletionResult]::new('--cloud-service', '--cloud-service', [CompletionResultType]::ParameterName, 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: SCHEDCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: SCHEDCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'Print only this value (repeatable; e.g. state, status.executionCount)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run a jq program over the JSON output (strings print raw, like jq -r); wins over -o')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print list tables without their header line')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence warnings and the retry and progress lines (never errors; -v still traces)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence warnings and the retry and progress lines (never errors; -v still traces)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'schedctl;config;show' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: SCHEDCTL_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: SCHEDCTL_PROFILE]')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]')
            [CompletionResult]::new('--cloud-service', '--cloud-service', [CompletionResultType]::ParameterName, 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: SCHEDCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: SCHEDCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'Print only this value (repeatable; e.g. state, status.executionCount)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run a jq program over the JSON output (strings print raw, like jq -r); wins over -o')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print list tables without their header line')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence warnings and the retry and progress lines (never errors; -v still traces)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence warnings and the retry and progress lines (never errors; -v still traces)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'schedctl;config;profiles' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: SCHEDCTL_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: SCHEDCTL_PROFILE]')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]')
            [CompletionResult]::new('--cloud-service', '--cloud-service', [CompletionResultType]::ParameterName, 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: SCHEDCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: SCHEDCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'Print only this value (repeatable; e.g. state, status.executionCount)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run a jq program over the JSON output (strings print raw, like jq -r); wins over -o')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print list tables without their header line')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence warnings and the retry and progress lines (never errors; -v still traces)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence warnings and the retry and progress lines (never errors; -v still traces)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'schedctl;config;use' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: SCHEDCTL_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: SCHEDCTL_PROFILE]')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]')
            [CompletionResult]::new('--cloud-service', '--cloud-service', [CompletionResultType]::ParameterName, 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: SCHEDCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: SCHEDCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'Print only this value (repeatable; e.g. state, status.executionCount)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run a jq program over the JSON output (strings print raw, like jq -r); wins over -o')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print list tables without their header line')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence warnings and the retry and progress lines (never errors; -v still traces)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence warnings and the retry and progress lines (never errors; -v still traces)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'schedctl;config;set' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: SCHEDCTL_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: SCHEDCTL_PROFILE]')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]')
            [CompletionResult]::new('--cloud-service', '--cloud-service', [CompletionResultType]::ParameterName, 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: SCHEDCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: SCHEDCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'Print only this value (repeatable; e.g. state, status.executionCount)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run a jq program over the JSON output (strings print raw, like jq -r); wins over -o')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print list tables without their header line')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence warnings and the retry and progress lines (never errors; -v still traces)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence warnings and the retry and progress lines (never errors; -v still traces)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'schedctl;config;unset' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: SCHEDCTL_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: SCHEDCTL_PROFILE]')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]')
            [CompletionResult]::new('--cloud-service', '--cloud-service', [CompletionResultType]::ParameterName, 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: SCHEDCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: SCHEDCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'Print only this value (repeatable; e.g. state, status.executionCount)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run a jq program over the JSON output (strings print raw, like jq -r); wins over -o')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print list tables without their header line')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence warnings and the retry and progress lines (never errors; -v still traces)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence warnings and the retry and progress lines (never errors; -v still traces)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'schedctl;config;import-publishsettings' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Put PREFIX- in front of every new profile name')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: SCHEDCTL_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: SCHEDCTL_PROFILE]')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]')
            [CompletionResult]::new('--cloud-service', '--cloud-service', [CompletionResultType]::ParameterName, 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: SCHEDCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: SCHEDCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'Print only this value (repeatable; e.g. state, status.executionCount)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run a jq program over the JSON output (strings print raw, like jq -r); wins over -o')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace existing profiles and certificates of the same subscriptions')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print list tables without their header line')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence warnings and the retry and progress lines (never errors; -v still traces)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence warnings and the retry and progress lines (never errors; -v still traces)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'schedctl;config;help' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the path of the config file in use')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every setting in use, where it came from, and the certificate')
            [CompletionResult]::new('profiles', 'profiles', [CompletionResultType]::ParameterValue, 'List the profiles of the config file (* marks the one in use)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default (sets default_profile)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one key of the profile in use (-p picks another)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove one key from the profile in use (-p picks another)')
            [CompletionResult]::new('import-publishsettings', 'import-publishsettings', [CompletionResultType]::ParameterValue, 'Add profiles and certificates from a portal .publishsettings file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'schedctl;config;help;path' {
            break
        }
        'schedctl;config;help;show' {
            break
        }
        'schedctl;config;help;profiles' {
            break
        }
        'schedctl;config;help;use' {
            break
        }
        'schedctl;config;help;set' {
            break
        }
        'schedctl;config;help;unset' {
            break
        }
        'schedctl;config;help;import-publishsettings' {
            break
        }
        'schedctl;config;help;help' {
            break
        }
        'schedctl;completions' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: SCHEDCTL_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use from the config file [env: SCHEDCTL_PROFILE]')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]')
            [CompletionResult]::new('--cloud-service', '--cloud-service', [CompletionResultType]::ParameterName, 'Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]')
            [CompletionResult]::new('--environment', '--environment', [CompletionResultType]::ParameterName, 'Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: SCHEDCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: SCHEDCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'Print only this value (repeatable; e.g. state, status.executionCount)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run a jq program over the JSON output (strings print raw, like jq -r); wins over -o')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Print list tables without their header line')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence warnings and the retry and progress lines (never errors; -v still traces)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence warnings and the retry and progress lines (never errors; -v still traces)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'schedctl;help' {
            [CompletionResult]::new('job', 'job', [CompletionResultType]::ParameterValue, 'Read scheduler jobs')
            [CompletionResult]::new('collection', 'collection', [CompletionResultType]::ParameterValue, 'Read job collections')
            [CompletionResult]::new('cloud-service', 'cloud-service', [CompletionResultType]::ParameterValue, 'Find the subscription''s cloud services')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Inspect and set up the config file')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'schedctl;help;job' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one job, or several on one connection')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the jobs of a collection')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Show a job''s execution history, newest first')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until a job meets a condition, then show it')
            break
        }
        'schedctl;help;job;get' {
            break
        }
        'schedctl;help;job;list' {
            break
        }
        'schedctl;help;job;history' {
            break
        }
        'schedctl;help;job;wait' {
            break
        }
        'schedctl;help;collection' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the job collections of the cloud service')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one job collection: state, plan and quota')
            break
        }
        'schedctl;help;collection;list' {
            break
        }
        'schedctl;help;collection;get' {
            break
        }
        'schedctl;help;cloud-service' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the cloud services of the subscription and their job collections')
            break
        }
        'schedctl;help;cloud-service;list' {
            break
        }
        'schedctl;help;config' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the path of the config file in use')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every setting in use, where it came from, and the certificate')
            [CompletionResult]::new('profiles', 'profiles', [CompletionResultType]::ParameterValue, 'List the profiles of the config file (* marks the one in use)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default (sets default_profile)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one key of the profile in use (-p picks another)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove one key from the profile in use (-p picks another)')
            [CompletionResult]::new('import-publishsettings', 'import-publishsettings', [CompletionResultType]::ParameterValue, 'Add profiles and certificates from a portal .publishsettings file')
            break
        }
        'schedctl;help;config;path' {
            break
        }
        'schedctl;help;config;show' {
            break
        }
        'schedctl;help;config;profiles' {
            break
        }
        'schedctl;help;config;use' {
            break
        }
        'schedctl;help;config;set' {
            break
        }
        'schedctl;help;config;unset' {
            break
        }
        'schedctl;help;config;import-publishsettings' {
            break
        }
        'schedctl;help;completions' {
            break
        }
        'schedctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
