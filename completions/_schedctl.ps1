
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
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence warnings (never errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence warnings (never errors)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('job', 'job', [CompletionResultType]::ParameterValue, 'Read scheduler jobs')
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
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence warnings (never errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence warnings (never errors)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one job')
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
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence warnings (never errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence warnings (never errors)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'schedctl;job;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one job')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'schedctl;job;help;get' {
            break
        }
        'schedctl;job;help;help' {
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
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence warnings (never errors)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence warnings (never errors)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'schedctl;help' {
            [CompletionResult]::new('job', 'job', [CompletionResultType]::ParameterValue, 'Read scheduler jobs')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'schedctl;help;job' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one job')
            break
        }
        'schedctl;help;job;get' {
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
