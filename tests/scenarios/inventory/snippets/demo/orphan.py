print("included by no page")
